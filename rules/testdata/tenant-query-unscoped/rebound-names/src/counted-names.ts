declare const prisma: any;

// A count of rows written with the tenant, or of rows found, proves the
// key only while the name holds that count.
export async function countReplaced(teamId: string, id: string, given: any) {
  let { count } = await prisma.document.updateMany({ where: { id, teamId }, data: { sheet: true } });
  count = given.count;
  if (count !== 1) throw new Error("not found");
  await prisma.link.deleteMany({ where: { documentId: id } }); // want "deleteMany on tenant-scoped \"Link\" does not filter"
}

export async function rowsReplacedBeforeCount(teamId: string, ids: string[], given: any) {
  let docs = await prisma.document.findMany({ where: { id: { in: ids }, teamId } });
  docs = given.docs;
  if (docs.length !== ids.length) throw new Error("not found");
  for (const id of ids) await prisma.document.update({ where: { id }, data: {} }); // want "update on tenant-scoped \"Document\" does not filter"
}

// The twin: the count tested before the name is given another value.
export async function countTestedFirst(teamId: string, id: string, given: any) {
  let { count } = await prisma.document.updateMany({ where: { id, teamId }, data: { sheet: true } });
  if (count !== 1) throw new Error("not found");
  count = given.count;
  await prisma.link.deleteMany({ where: { documentId: id } });
  return count;
}

declare const prisma: any;

// A checked id that a loop's header then takes as its variable: the call
// touches the last id of the loop's list.
export async function loopedId(teamId: string, id: string, others: string[]) {
  const doc = await prisma.document.findUnique({ where: { id } });
  if (!doc || doc.teamId !== teamId) throw new Error("not found");
  for (id of others) {
    console.log(id);
  }
  await prisma.document.delete({ where: { id } }); // want "delete on tenant-scoped \"Document\" does not filter by the tenant"
}

// Twin: the loop declares its own variable.
export async function loopDeclaresId(teamId: string, id: string, others: string[]) {
  const doc = await prisma.document.findUnique({ where: { id } });
  if (!doc || doc.teamId !== teamId) throw new Error("not found");
  for (const id of others) {
    console.log(id);
  }
  await prisma.document.delete({ where: { id } });
}

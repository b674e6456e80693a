declare const prisma: any;

// A const row chosen by ternaries among lookups is the tenant's when each
// lookup filters by the tenant, whichever branch ran.
export async function chosenAmongLookups(teamId: string, id: string | undefined, sheet: boolean, other: string) {
  const doc = sheet
    ? await prisma.document.findFirst({ where: { id: other, teamId, sheet: true } })
    : id
      ? await prisma.document.findFirst({ where: { id, teamId } })
      : undefined;
  if (doc) {
    await prisma.document.update({ where: { id: doc.id }, data: { sheet } });
  }
}

// One lookup without the tenant lets another tenant's row in.
export async function chosenOneUnscoped(teamId: string, id: string | undefined, sheet: boolean, other: string) {
  const doc = sheet
    ? await prisma.document.findFirst({ where: { id: other, teamId, sheet: true } })
    : id
      ? await prisma.document.findFirst({ where: { id } }) // want "findFirst on tenant-scoped \"Document\" does not filter by the tenant"
      : undefined;
  if (doc) {
    await prisma.document.update({ where: { id: doc.id }, data: { sheet } }); // want "update on tenant-scoped \"Document\" does not filter by the tenant"
  }
}

// A branch that is no lookup may be any row.
export async function chosenOrGiven(teamId: string, id: string | undefined, given: { id: string }) {
  const doc = id ? await prisma.document.findFirst({ where: { id, teamId } }) : given;
  await prisma.document.update({ where: { id: doc.id }, data: {} }); // want "update on tenant-scoped \"Document\" does not filter by the tenant"
}

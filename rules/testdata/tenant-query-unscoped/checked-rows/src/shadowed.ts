declare const prisma: any;

// A name means the binding whose block holds the use.
export async function inScope(teamId: string, input: any, docs: any[]) {
  if (input.x) {
    const where = { teamId };
    await prisma.document.findMany({ where });
  }
  for (const d of docs) {
    const where = { id: d.id, teamId };
    await prisma.document.update({ where, data: { sheet: true } });
  }
  const where = { teamId };
  {
    await prisma.document.findMany({ where });
  }
}

// The twins: the const that filters is another binding than the one the
// query sends.
export async function otherBinding(teamId: string, input: any, given: any) {
  const where: any = { sheet: true };
  if (input.x) {
    const where = { teamId };
    void where.teamId;
  }
  await prisma.document.findMany({ where }); // want "findMany on tenant-scoped \"Document\" does not filter by the tenant"
  if (given) {
    const given = { teamId };
    void given.teamId;
  }
  await prisma.document.findMany({ where: given }); // want "cannot see the where of findMany on tenant-scoped \"Document\""
  const scoped = { teamId };
  void scoped.teamId;
  for (const scoped of input.filters) {
    await prisma.document.findMany({ where: scoped }); // want "cannot see the where of findMany on tenant-scoped \"Document\""
  }
  try {
    await prisma.document.findMany({ where: scoped });
  } catch (scoped) {
    await prisma.document.findMany({ where: scoped }); // want "cannot see the where of findMany on tenant-scoped \"Document\""
  }
}

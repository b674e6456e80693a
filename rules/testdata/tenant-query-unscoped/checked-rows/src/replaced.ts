declare const prisma: any;
declare function activeOnly(): any;

// In an object literal the last entry of a name wins: the tenant entry
// holds only while no later spread may put another value under its name.
export async function kept(teamId: string, filter: any, input: any) {
  await prisma.document.findMany({ where: { ...filter, teamId } });
  await prisma.document.findMany({ where: { ...activeOnly(), teamId, sheet: true } });
  await prisma.document.findMany({ where: { teamId, ...(input.sheet ? { sheet: true } : {}) } });
  await prisma.document.findMany({ where: { teamId, ...(input.sheet && { sheet: input.sheet }) } });
  const extra = { sheet: true };
  await prisma.document.findMany({ where: { teamId, ...extra } });
  await prisma.document.findMany({ where: { team: { id: teamId }, ...(input.all ? {} : { sheet: false }) } });
}

// The twins: a spread after the tenant entry that may replace it.
export async function replaced(teamId: string, filter: any, input: any) {
  await prisma.document.findMany({ where: { teamId, ...filter } }); // want "cannot see the where of findMany on tenant-scoped \"Document\": a spread after \"teamId\" may replace it; put the spread before \"teamId\""
  await prisma.document.findMany({ where: { teamId, sheet: true, ...activeOnly() } }); // want "a spread after \"teamId\" may replace it"
  await prisma.document.findMany({ where: { teamId, ...(input.all ? { teamId: undefined } : {}) } }); // want "findMany on tenant-scoped \"Document\" filters by a tenant value that may be undefined"
  await prisma.document.findMany({ where: { teamId, ...(input.all && { teamId: undefined }) } }); // want "filters by a tenant value that may be undefined"
  const everyone = { teamId: undefined };
  await prisma.document.findMany({ where: { teamId, ...everyone } }); // want "filters by a tenant value that may be undefined"
  await prisma.document.findMany({ where: { team: { id: teamId }, ...(input.all ? { team: {} } : {}) } }); // want "findMany on tenant-scoped \"Document\" does not filter by the tenant"
  const scope = { teamId };
  await prisma.document.findMany({ where: { ...scope, ...filter } }); // want "a spread after \"...scope\" may replace it; put the spread before \"...scope\""
}

// A spread of an object literal is judged entry by entry against the
// spreads after it.
export async function spreadThenSpread(teamId: string, input: any) {
  const scope = { teamId };
  await prisma.document.findMany({ where: { ...scope, ...(input.sheet ? { sheet: true } : {}) } });
  await prisma.document.findMany({ where: { ...scope, ...(input.all ? { teamId: undefined } : {}) } }); // want "filters by a tenant value that may be undefined"
  await prisma.document.findMany({ where: { ...{ teamId }, ...(input.all && { teamId: input.other }) } });
  await prisma.document.findMany({ where: { ...{ teamId }, ...(input.all && { teamId: input.other?.id }) } }); // want "filters by a tenant value that may be undefined"
}

declare const prisma: any;

// A const filled by assignment, spread after the tenant entry (AFFiNE's
// copilot `extraCondition`): keys it is given besides the tenant's narrow
// the where and leave the tenant entry in place.
export async function filledBesides(teamId: string, id: string, input: any) {
  const extra: Record<string, any> = {};
  if (input.one) {
    extra.id = id;
  }
  await prisma.document.findFirst({ where: { teamId, ...extra } });
  const before: Record<string, any> = {};
  before.teamId = undefined;
  await prisma.document.findFirst({ where: { ...before, teamId } });
}

// The twins: the tenant key assigned a value that may be undefined
// replaces the tenant entry before it.
export async function filledTenant(teamId: string, id: string, input: any, other?: string) {
  const extra: Record<string, any> = {};
  if (input.one) {
    extra.teamId = undefined;
  }
  await prisma.document.findFirst({ where: { teamId, ...extra } }); // want "findFirst on tenant-scoped \"Document\" filters by a tenant value that may be undefined"
  const maybe: Record<string, any> = {};
  if (input.one) {
    maybe.teamId = other;
  }
  await prisma.document.findFirst({ where: { teamId, ...maybe } }); // want "filters by a tenant value that may be undefined"
  const later: Record<string, any> = {};
  later.teamId = undefined;
  await prisma.document.findMany({ where: { teamId, ...(input.all ? later : {}) } }); // want "filters by a tenant value that may be undefined"
  const deferred: Record<string, any> = {};
  input.hooks.push(() => {
    deferred.teamId = undefined;
  });
  await prisma.document.findFirst({ where: { teamId, ...deferred } }); // want "filters by a tenant value that may be undefined"
  const defaulted: Record<string, any> = {};
  defaulted.teamId ??= other;
  await prisma.document.findFirst({ where: { teamId, ...defaulted } }); // want "cannot see the where of findFirst on tenant-scoped \"Document\""
}

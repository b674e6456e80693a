declare const prisma: any;

// A where filled by assignment is still an object literal, where the last
// entry of a name wins: a spread after the tenant entry may replace it
// (Shelf's getTeamMembers builds `{ deletedAt: null, organizationId,
// ...params.where }`, then sets `where.name`). Each quiet call has a twin
// that stays reported.
export async function filledSpread(organizationId: string, name: string, extra: any, one: boolean) {
  const after: any = { organizationId, ...extra };
  after.name = name;
  await prisma.project.findMany({ where: after }); // want "cannot see the where of findMany on tenant-scoped \"Project\""
  const before: any = { ...extra, organizationId };
  before.name = name;
  await prisma.project.findMany({ where: before });

  const undone: any = { organizationId, ...(one ? { organizationId: undefined } : {}) };
  undone.name = name;
  await prisma.project.findMany({ where: undone }); // want "findMany on tenant-scoped \"Project\" filters by a tenant value that may be undefined"
  const kept: any = { organizationId, ...(one ? { name } : {}) };
  kept.name = name;
  await prisma.project.findMany({ where: kept });

  // A key assigned on every way to the call wins over the literal's
  // spread; one assigned on some ways does not.
  const assigned: any = { ...extra };
  assigned.organizationId = organizationId;
  await prisma.project.findMany({ where: assigned });
  const sometimes: any = { organizationId, ...extra };
  if (one) {
    sometimes.organizationId = organizationId;
  }
  await prisma.project.findMany({ where: sometimes }); // want "cannot see the where of findMany on tenant-scoped \"Project\""
}

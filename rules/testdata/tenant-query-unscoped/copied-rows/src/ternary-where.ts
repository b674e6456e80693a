declare const db: any;

// A where chosen between object literals scopes when each of them does:
// Shelf's bulkDeleteLocations, then the ids of the rows it returned.
export async function bulkDeleteLocations(locationIds: string[], organizationId: string) {
  const locations = await db.location.findMany({
    where: locationIds.includes("all") ? { organizationId } : { id: { in: locationIds }, organizationId },
    select: { id: true, imageId: true },
  });
  await db.location.deleteMany({ where: { id: { in: locations.map((location: any) => location.id) } } });
  const where = locationIds.length ? { id: { in: locationIds }, organizationId } : { organizationId };
  return db.location.count({ where });
}

// One branch without the tenant is a lookup of anyone's rows.
export async function someLocations(locationIds: string[], organizationId: string) {
  const locations = await db.location.findMany({ // want "findMany on tenant-scoped \"Location\" filters by the tenant only when \"locationIds.includes"
    where: locationIds.includes("all") ? { organizationId } : { id: { in: locationIds } },
  });
  return db.location.deleteMany({ where: { id: { in: locations.map((location: any) => location.id) } } }); // want "deleteMany on tenant-scoped \"Location\" does not filter"
}

// A branch built elsewhere is not seen.
export async function helperBranch(locationIds: string[], organizationId: string, build: (o: string) => any) {
  return db.location.findMany({ where: locationIds.length ? build(organizationId) : { organizationId } }); // want "cannot see the where of findMany"
}

// No where at all on one side reads every tenant's rows.
export async function noWhereBranch(all: boolean, organizationId: string) {
  return db.location.findMany({ where: all ? undefined : { organizationId } }); // want "findMany on tenant-scoped \"Location\" does not filter"
}

declare const db: any;

// The row a tenant-filtered delete returned is the tenant's, and so is
// its image: Shelf's deleteLocation.
export async function deleteLocation(id: string, organizationId: string) {
  const location = await db.location.delete({ where: { id, organizationId } });
  if (location.imageId) {
    await db.image.delete({ where: { id: location.imageId } });
  }
}

// A row deleted by id alone is anyone's.
export async function deleteAnyLocation(id: string) {
  const location = await db.location.delete({ where: { id } }); // want "delete on tenant-scoped \"Location\" does not filter"
  return db.image.delete({ where: { id: location.imageId } }); // want "delete on tenant-scoped \"Image\" does not filter"
}

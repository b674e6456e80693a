declare const db: any;

// Ids taken from the organization's rows by a destructured parameter
// (AFFiNE's `sessions.map(({ id }) => id)`) are that organization's, as
// `(b) => b.id` are.
export async function destructuredIds(organizationId: string, given: string[]) {
  const bookings = await db.booking.findMany({ where: { id: { in: given }, organizationId }, select: { id: true } });
  const bookingIds = bookings.map(({ id }) => id);
  await db.bookingAsset.deleteMany({ where: { bookingId: { in: bookingIds } } });
  const assets = await db.asset.findMany({ where: { organizationId } });
  await db.asset.deleteMany({ where: { id: { in: assets.map(({ id: assetId }: any) => assetId) } } });
}

// Near misses: a default for the id, another field, a body that is not
// the field taken, or rows looked up without the tenant.
export async function destructuredNearMisses(organizationId: string, given: string[], other: string) {
  const bookings = await db.booking.findMany({ where: { id: { in: given }, organizationId }, select: { id: true } });
  const defaulted = bookings.map(({ id = other }) => id);
  await db.bookingAsset.deleteMany({ where: { bookingId: { in: defaulted } } }); // want "deleteMany on tenant-scoped \"BookingAsset\" does not filter by the tenant"
  const assets = await db.asset.findMany({ where: { organizationId } });
  await db.asset.deleteMany({ where: { id: { in: assets.map(({ organizationId }: any) => organizationId) } } }); // want "deleteMany on tenant-scoped \"Asset\" does not filter by the tenant"
  const id = other;
  await db.asset.deleteMany({ where: { id: { in: assets.map(({ id: assetId }: any) => id) } } }); // want "deleteMany on tenant-scoped \"Asset\" does not filter by the tenant"
  const anyones = await db.booking.findMany({ where: { id: { in: given } }, select: { id: true } }); // want "findMany on tenant-scoped \"Booking\" does not filter by the tenant"
  await db.bookingAsset.deleteMany({ where: { bookingId: { in: anyones.map(({ id }) => id) } } }); // want "deleteMany on tenant-scoped \"BookingAsset\" does not filter by the tenant"
}

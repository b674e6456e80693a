declare const db: any;

// Objects mapped from the children of a checked row copy their entries:
// Shelf's checkinBooking walks `bookingFound.bookingAssets` as slices.
export async function checkin(id: string, organizationId: string) {
  const bookingFound = await db.booking.findUniqueOrThrow({ where: { id, organizationId }, include: { bookingAssets: { where: { asset: { organizationId } } } } });
  const slices = bookingFound.bookingAssets
    .filter((ba: any) => ba.assetId)
    .map((ba: any) => ({ id: ba.id, assetId: ba.assetId }));
  for (const slice of slices) {
    await db.asset.update({ where: { id: slice.assetId }, data: { quantity: 0 } });
  }
}

// An entry the mapping fills from elsewhere is not the child's.
export async function checkinGiven(id: string, organizationId: string, given: string) {
  const bookingFound = await db.booking.findUniqueOrThrow({ where: { id, organizationId }, include: { bookingAssets: true } });
  const slices = bookingFound.bookingAssets.map((ba: any) => ({ id: ba.id, assetId: given }));
  for (const slice of slices) {
    await db.asset.update({ where: { id: slice.assetId }, data: { quantity: 0 } }); // want "update on tenant-scoped \"Asset\" does not filter"
  }
}

// A spread in the mapping may hold the entry as well.
export async function checkinSpread(id: string, organizationId: string, extra: any) {
  const bookingFound = await db.booking.findUniqueOrThrow({ where: { id, organizationId }, include: { bookingAssets: true } });
  const slices = bookingFound.bookingAssets.map((ba: any) => ({ assetId: ba.assetId, ...extra }));
  for (const slice of slices) {
    await db.asset.update({ where: { id: slice.assetId }, data: { quantity: 0 } }); // want "update on tenant-scoped \"Asset\" does not filter"
  }
}

// The children of a booking read by id alone are anyone's.
export async function checkinUnchecked(id: string) {
  const bookingFound = await db.booking.findUniqueOrThrow({ where: { id }, include: { bookingAssets: true } }); // want "findUniqueOrThrow on tenant-scoped \"Booking\" does not filter"
  const slices = bookingFound.bookingAssets.map((ba: any) => ({ assetId: ba.assetId }));
  for (const slice of slices) {
    await db.asset.update({ where: { id: slice.assetId }, data: { quantity: 0 } }); // want "update on tenant-scoped \"Asset\" does not filter"
  }
}

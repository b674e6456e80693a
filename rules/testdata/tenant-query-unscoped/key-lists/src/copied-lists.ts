declare const db: any;

// The organization's ids deduplicated through `Array.from(new Set(…))`
// or taken in batches with `slice` (a cleanup job's chunks): each is some
// of those ids.
export async function dedupedAndBatched(organizationId: string) {
  const bookings = await db.booking.findMany({ where: { organizationId } });
  const unique = Array.from(new Set(bookings.map((b: any) => b.id)));
  await db.booking.updateMany({ where: { id: { in: unique } }, data: {} });
  const ids = bookings.map((b: any) => b.id);
  const copied = Array.from(ids);
  await db.booking.deleteMany({ where: { id: { in: copied } } });
  for (let i = 0; i < ids.length; i += 100) {
    await db.booking.deleteMany({ where: { id: { in: ids.slice(i, i + 100) } } });
    const batch = ids.slice(i, i + 100);
    await db.bookingAsset.deleteMany({ where: { bookingId: { in: batch } } });
  }
}

// Near misses: the list grown with the caller's id before it is copied
// or sliced, a copy grown, rows found without the organization, a batch
// of the caller's list.
export async function copiedOtherwise(organizationId: string, given: string[], extra: string) {
  const bookings = await db.booking.findMany({ where: { organizationId } });
  const ids = bookings.map((b: any) => b.id);
  ids.push(extra);
  const unique = Array.from(new Set(ids));
  await db.booking.updateMany({ where: { id: { in: unique } }, data: {} }); // want "updateMany on tenant-scoped \"Booking\" does not filter"
  await db.booking.deleteMany({ where: { id: { in: ids.slice(0, 10) } } }); // want "deleteMany on tenant-scoped \"Booking\" does not filter"
  const mine = Array.from(new Set(bookings.map((b: any) => b.id)));
  mine.push(extra);
  await db.booking.deleteMany({ where: { id: { in: mine } } }); // want "deleteMany on tenant-scoped \"Booking\" does not filter"
  const anyone = await db.booking.findMany({ where: { id: { in: given } } }); // want "findMany on tenant-scoped \"Booking\" does not filter"
  const theirs = Array.from(new Set(anyone.map((b: any) => b.id)));
  await db.booking.updateMany({ where: { id: { in: theirs } }, data: {} }); // want "updateMany on tenant-scoped \"Booking\" does not filter"
  await db.booking.deleteMany({ where: { id: { in: given.slice(0, 10) } } }); // want "deleteMany on tenant-scoped \"Booking\" does not filter"
}

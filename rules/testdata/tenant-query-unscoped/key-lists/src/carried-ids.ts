declare const db: any;
declare function check(id: string): Promise<boolean>;

// Objects built one per row, each carrying its row's id, then some of
// them kept (AFFiNE's copilot cleanup): their ids are ids of the
// organization's rows.
export async function carriedIds(organizationId: string, given: string[]) {
  const bookings = await db.booking.findMany({ where: { id: { in: given }, organizationId }, select: { id: true } });
  const kept = (
    await Promise.all(bookings.map(({ id }) => check(id).then((ok) => ({ id, ok }))))
  )
    .filter(({ ok }) => ok)
    .map(({ id }) => id);
  await db.bookingAsset.deleteMany({ where: { bookingId: { in: kept } } });
  const all = (await Promise.all(bookings.map((b: any) => ({ id: b.id, ok: true })))).map((o: any) => o.id);
  await db.booking.updateMany({ where: { id: { in: all } }, data: {} });
}

// Near misses: the then callback's own id, a spread after the id, an id
// from elsewhere, a default for it, a filter that writes, rows found
// without the tenant.
export async function carriedNearMisses(organizationId: string, given: string[], other: string) {
  const bookings = await db.booking.findMany({ where: { id: { in: given }, organizationId }, select: { id: true } });
  const hidden = (await Promise.all(bookings.map(({ id }) => check(id).then((id: any) => ({ id, ok: true }))))).map(({ id }) => id);
  await db.bookingAsset.deleteMany({ where: { bookingId: { in: hidden } } }); // want "deleteMany on tenant-scoped \"BookingAsset\" does not filter by the tenant"
  const spread = (await Promise.all(bookings.map(({ id }) => check(id).then((ok) => ({ id, ok, ...given }))))).map(({ id }) => id);
  await db.bookingAsset.deleteMany({ where: { bookingId: { in: spread } } }); // want "deleteMany on tenant-scoped \"BookingAsset\" does not filter by the tenant"
  const elsewhere = (await Promise.all(bookings.map((b: any) => ({ id: other, ok: b.id })))).map((o: any) => o.id);
  await db.booking.updateMany({ where: { id: { in: elsewhere } }, data: {} }); // want "updateMany on tenant-scoped \"Booking\" does not filter by the tenant"
  const defaulted = (await Promise.all(bookings.map(({ id = other }) => check(id).then((ok) => ({ id, ok }))))).map(({ id }) => id);
  await db.bookingAsset.deleteMany({ where: { bookingId: { in: defaulted } } }); // want "deleteMany on tenant-scoped \"BookingAsset\" does not filter by the tenant"
  const rewritten = (await Promise.all(bookings.map((b: any) => ({ id: b.id, ok: true }))))
    .filter((o: any) => {
      o.id = other;
      return true;
    })
    .map((o: any) => o.id);
  await db.booking.updateMany({ where: { id: { in: rewritten } }, data: {} }); // want "updateMany on tenant-scoped \"Booking\" does not filter by the tenant"
  const anyones = await db.booking.findMany({ where: { id: { in: given } }, select: { id: true } }); // want "findMany on tenant-scoped \"Booking\" does not filter by the tenant"
  const theirs = (await Promise.all(anyones.map(({ id }) => check(id).then((ok) => ({ id, ok }))))).map(({ id }) => id);
  await db.bookingAsset.deleteMany({ where: { bookingId: { in: theirs } } }); // want "deleteMany on tenant-scoped \"BookingAsset\" does not filter by the tenant"
}

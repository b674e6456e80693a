import { lockBooking, lockBookingLinks, lockBookingMutableLabel } from "./bookinglock";

// Shelf's addScannedAssetsToBooking: the booking locked in the org, then
// its links read by the booking's id.
export async function scanned(tx: any, bookingId: string, organizationId: string) {
  await lockBooking(tx, bookingId, organizationId);
  return tx.bookingAsset.findMany({ where: { bookingId } });
}

export async function scannedMutableLabel(tx: any, bookingId: string, organizationId: string) {
  await lockBookingMutableLabel(tx, bookingId, organizationId);
  return tx.bookingAsset.findMany({ where: { bookingId } }); // want "findMany on tenant-scoped \"BookingAsset\" does not filter by the tenant"
}

export async function scannedLinks(tx: any, bookingId: string, organizationId: string, links: { id: string }[]) {
  await lockBookingLinks(tx, bookingId, organizationId, links);
  return tx.bookingAsset.findMany({ where: { bookingId } }); // want "findMany on tenant-scoped \"BookingAsset\" does not filter by the tenant"
}

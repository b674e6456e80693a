import { db } from "../db";

// A file the configuration excludes: not judged, its helpers read.
export async function getLegacy(booking: { id: string; organizationId: string }) {
  const { id, organizationId } = booking;
  const found = await db.booking.findFirstOrThrow({ where: { id, organizationId } });
  return found;
}

export async function getLegacyLoose(booking: { id: string; organizationId: string }) {
  return db.booking.findUniqueOrThrow({ where: { id: booking.id } });
}

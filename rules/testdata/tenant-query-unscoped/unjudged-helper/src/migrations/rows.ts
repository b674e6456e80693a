import { db } from "../db";

// A data migration's folder: its queries are not judged, but the code
// imports its helpers, read to prove the rows they return.
export async function getBooking(booking: { id: string; organizationId: string }) {
  const { id, organizationId } = booking;
  const found = await db.booking.findFirstOrThrow({ where: { id, organizationId } });
  return found;
}

// A helper that changes the row's custodian before returning it.
export async function getChanged(booking: { id: string; organizationId: string; custodian: string }) {
  const { id, organizationId, custodian } = booking;
  const found = await db.booking.findFirstOrThrow({ where: { id, organizationId } });
  found.custodianTeamMemberId = custodian;
  return found;
}

// A migration rewrites every organization's rows on purpose: not judged.
export async function renameAll(id: string) {
  await db.booking.update({ where: { id }, data: { name: "renamed" } });
}

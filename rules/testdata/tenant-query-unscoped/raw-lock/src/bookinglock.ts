import type { ErrorLabel } from "./errors";
import { ShelfError } from "./errors";

type Booking = { id: string; organizationId: string; links: { id: string }[] };

const label: ErrorLabel = "Booking";
let mutableLabel: ErrorLabel = "Booking";

// Shelf's lockBookingForStatusCheck: the org's booking locked, or a throw
// made by its error class, handed the ids (typed by the model's fields,
// strings) and the file's label (a const string).
export async function lockBooking(tx: any, bookingId: Booking["id"], organizationId: Booking["organizationId"]) {
  const rows = await tx.$queryRaw<{ status: string }[]>`
    SELECT status FROM "Booking" WHERE id = ${bookingId} AND "organizationId" = ${organizationId} FOR UPDATE
  `;
  if (!rows || rows.length === 0) {
    throw new ShelfError({ cause: null, message: "Booking not found", additionalData: { bookingId, organizationId }, label, status: 404 });
  }
  return rows[0].status;
}

// Near misses: a label any code of the file may change, and a field typed
// as the booking's links (objects) handed to the error.
export async function lockBookingMutableLabel(tx: any, bookingId: Booking["id"], organizationId: Booking["organizationId"]) {
  const rows = await tx.$queryRaw<{ status: string }[]>`
    SELECT status FROM "Booking" WHERE id = ${bookingId} AND "organizationId" = ${organizationId} FOR UPDATE
  `;
  if (!rows || rows.length === 0) {
    throw new ShelfError({ cause: null, message: "Booking not found", label: mutableLabel });
  }
  return rows[0].status;
}

export async function lockBookingLinks(tx: any, bookingId: Booking["id"], organizationId: Booking["organizationId"], links: Booking["links"]) {
  const rows = await tx.$queryRaw<{ status: string }[]>`
    SELECT status FROM "Booking" WHERE id = ${bookingId} AND "organizationId" = ${organizationId} FOR UPDATE
  `;
  if (!rows || rows.length === 0) {
    throw new ShelfError({ cause: null, message: "Booking not found", additionalData: { links }, label });
  }
  return rows[0].status;
}

export function relabel(next: ErrorLabel) {
  mutableLabel = next;
}

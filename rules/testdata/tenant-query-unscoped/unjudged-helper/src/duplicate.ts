import { db } from "./db";
import { getChanged, getBooking } from "./migrations/rows";
import { getLegacy, getLegacyLoose } from "./legacy/rows";

// The source booking is found in the organization the copy goes into,
// by a helper of a data-migrations folder.
export async function duplicateBooking(bookingId: string, organizationId: string) {
  const source = await getBooking({ id: bookingId, organizationId });
  await db.booking.create({
    data: {
      name: source.name + " (Copy)",
      organizationId,
      custodianTeamMemberId: source.custodianTeamMemberId,
    },
  });
}

// The same folder's helper changes the custodian before returning it.
export async function duplicateChanged(bookingId: string, organizationId: string, custodian: string) {
  const source = await getChanged({ id: bookingId, organizationId, custodian });
  await db.booking.create({
    data: {
      name: source.name,
      organizationId,
      custodianTeamMemberId: source.custodianTeamMemberId, // want "links a \"TeamMember\" by \"custodianTeamMemberId\" alone"
    },
  });
}

// A helper of a file the configuration excludes.
export async function duplicateLegacy(bookingId: string, organizationId: string) {
  const source = await getLegacy({ id: bookingId, organizationId });
  await db.booking.create({
    data: {
      name: source.name,
      organizationId,
      custodianTeamMemberId: source.custodianTeamMemberId,
    },
  });
}

// Its twin finds the row by id alone.
export async function duplicateLegacyLoose(bookingId: string, organizationId: string) {
  const source = await getLegacyLoose({ id: bookingId, organizationId });
  await db.booking.create({
    data: {
      name: source.name,
      organizationId,
      custodianTeamMemberId: source.custodianTeamMemberId, // want "links a \"TeamMember\" by \"custodianTeamMemberId\" alone"
    },
  });
}

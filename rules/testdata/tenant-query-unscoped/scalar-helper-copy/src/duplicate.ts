import { db } from "./db";

type Scope = { id: string; organizationId: string; userOrganizations?: { organizationId: string }[] };

// The where of a booking of the caller's organization, or, when the
// caller passes the organizations the user belongs to, of any of them
// (Shelf's bookingOrgScopeWhere).
function bookingOrgScopeWhere({ id, organizationId, userOrganizations }: Scope) {
  return {
    OR: [
      { id, organizationId },
      ...(userOrganizations?.length ? [{ id, organizationId: { in: userOrganizations.map((o) => o.organizationId) } }] : []),
    ],
  };
}

export async function getBooking(booking: Scope & { extra?: boolean }) {
  try {
    const { id, organizationId, userOrganizations } = booking;
    const found = (await db.booking.findFirstOrThrow({ // want "cannot see the where of findFirstOrThrow"
      where: bookingOrgScopeWhere({ id, organizationId, userOrganizations }),
    })) as { id: string; name: string; custodianTeamMemberId: string | null };
    return found;
  } catch (cause) {
    throw new Error("not found", { cause });
  }
}

// The source booking is found in the organization the copy goes into:
// the custodian it stores was judged where it was written, in that
// organization.
export async function duplicateBooking(bookingId: string, organizationId: string) {
  const source = await getBooking({ id: bookingId, organizationId, extra: true });
  await db.booking.create({
    data: {
      name: source.name + " (Copy)",
      organizationId,
      custodianTeamMemberId: source.custodianTeamMemberId,
    },
  });
}

// The caller passes the user's organizations: the source may be another
// organization's booking, and so its custodian.
export async function duplicateAcross(bookingId: string, organizationId: string, userOrganizations: { organizationId: string }[]) {
  const source = await getBooking({ id: bookingId, organizationId, userOrganizations });
  await db.booking.create({
    data: {
      name: source.name,
      organizationId,
      custodianTeamMemberId: source.custodianTeamMemberId, // want "links a \"TeamMember\" by \"custodianTeamMemberId\" alone"
    },
  });
}

// The copy goes into another organization than the source was found in.
export async function duplicateInto(bookingId: string, organizationId: string, targetOrganizationId: string) {
  const source = await getBooking({ id: bookingId, organizationId });
  await db.booking.create({
    data: {
      name: source.name,
      organizationId: targetOrganizationId,
      custodianTeamMemberId: source.custodianTeamMemberId, // want "links a \"TeamMember\" by \"custodianTeamMemberId\" alone"
    },
  });
}

// The caller's object spreads another: it may hold anything.
export async function duplicateSpread(bookingId: string, organizationId: string, rest: object) {
  const source = await getBooking({ id: bookingId, organizationId, ...rest });
  await db.booking.create({
    data: {
      name: source.name,
      organizationId,
      custodianTeamMemberId: source.custodianTeamMemberId, // want "links a \"TeamMember\" by \"custodianTeamMemberId\" alone"
    },
  });
}

// A where builder one of whose branches names no organization.
function looseWhere({ id, organizationId }: { id: string; organizationId: string }) {
  return { OR: [{ id, organizationId }, { id }] };
}

export async function getLoose(booking: { id: string; organizationId: string }) {
  const { id, organizationId } = booking;
  const found = await db.booking.findFirstOrThrow({ where: looseWhere({ id, organizationId }) }); // want "cannot see the where of findFirstOrThrow"
  return found;
}

export async function duplicateLoose(bookingId: string, organizationId: string) {
  const source = await getLoose({ id: bookingId, organizationId });
  await db.booking.create({
    data: {
      name: source.name,
      organizationId,
      custodianTeamMemberId: source.custodianTeamMemberId, // want "links a \"TeamMember\" by \"custodianTeamMemberId\" alone"
    },
  });
}

// A helper that changes the row's custodian before returning it.
export async function getChanged(booking: { id: string; organizationId: string; custodian: string }) {
  const { id, organizationId, custodian } = booking;
  const found = await db.booking.findFirstOrThrow({ where: { id, organizationId } });
  found.custodianTeamMemberId = custodian;
  return found;
}

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

// A helper that may return a row found by id alone.
export async function getEither(booking: { id: string; organizationId: string; any?: boolean }) {
  const { id, organizationId, any } = booking;
  if (any) {
    return db.booking.findUniqueOrThrow({ where: { id } }); // want "findUniqueOrThrow on tenant-scoped \"Booking\""
  }
  return db.booking.findFirstOrThrow({ where: { id, organizationId } });
}

export async function duplicateEither(bookingId: string, organizationId: string) {
  const source = await getEither({ id: bookingId, organizationId });
  await db.booking.create({
    data: {
      name: source.name,
      organizationId,
      custodianTeamMemberId: source.custodianTeamMemberId, // want "links a \"TeamMember\" by \"custodianTeamMemberId\" alone"
    },
  });
}

// A write in a transaction's callback, its data ending in a spread that
// adds only other entries (Shelf's notification recipients).
export async function duplicateInTransaction(bookingId: string, organizationId: string, label?: string) {
  const source = await getBooking({ id: bookingId, organizationId });
  await db.$transaction(async (tx) => {
    await tx.booking.create({
      data: {
        name: source.name,
        organizationId,
        custodianTeamMemberId: source.custodianTeamMemberId,
        ...(label ? { name: label } : {}),
        ...(label && { name: label }),
      },
    });
  });
}

// The spread may give the organization another value.
export async function duplicateOverridden(bookingId: string, organizationId: string, other?: string) {
  const source = await getBooking({ id: bookingId, organizationId });
  await db.$transaction(async (tx) => {
    await tx.booking.create({
      data: {
        name: source.name,
        organizationId,
        custodianTeamMemberId: source.custodianTeamMemberId, // want "links a \"TeamMember\" by \"custodianTeamMemberId\" alone"
        ...(other ? { organizationId: other } : {}),
      },
    });
  });
}

// A callback's parameter of the row's name: not the row found.
export async function duplicateShadowed(bookingId: string, organizationId: string, rows: { custodianTeamMemberId: string }[]) {
  const source = await getBooking({ id: bookingId, organizationId });
  await Promise.all(
    rows.map((source) =>
      db.booking.create({
        data: {
          name: "copy",
          organizationId,
          custodianTeamMemberId: source.custodianTeamMemberId, // want "links a \"TeamMember\" by \"custodianTeamMemberId\" alone"
        },
      }),
    ),
  );
  return source;
}

// A helper that fills the caller's object before reading it: the
// organization it finds by may be another than the caller passed.
const defaults: object = {};

export async function getFilled(booking: { id: string; organizationId: string }) {
  Object.assign(booking, defaults);
  const { id, organizationId } = booking;
  const found = await db.booking.findFirstOrThrow({ where: { id, organizationId } });
  return found;
}

export async function duplicateFilled(bookingId: string, organizationId: string) {
  const source = await getFilled({ id: bookingId, organizationId });
  await db.booking.create({
    data: {
      name: source.name,
      organizationId,
      custodianTeamMemberId: source.custodianTeamMemberId, // want "links a \"TeamMember\" by \"custodianTeamMemberId\" alone"
    },
  });
}

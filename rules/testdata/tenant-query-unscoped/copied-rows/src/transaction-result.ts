declare const db: any;

// The row a $transaction callback created, read from the transaction's
// result: dub's premium domain registration and its invoice.
export async function register(organizationId: string) {
  const outcome = await db.$transaction(async (tx: any) => {
    const pending = await tx.booking.count({ where: { organizationId } });
    if (pending > 0) {
      return { ok: false as const };
    }
    const booking = await tx.booking.create({ data: { organizationId } });
    return { ok: true as const, booking };
  });
  if (!outcome.ok) {
    throw new Error("busy");
  }
  const { booking } = outcome;
  await db.booking.update({ where: { id: booking.id }, data: {} });
  await db.booking.delete({ where: { id: outcome.booking.id } });
}

// A callback that may return the caller's row returns anyone's.
export async function registerGiven(organizationId: string, given: { id: string }) {
  const outcome = await db.$transaction(async (tx: any) => {
    const pending = await tx.booking.count({ where: { organizationId } });
    if (pending > 0) {
      return { ok: false as const, booking: given };
    }
    const booking = await tx.booking.create({ data: { organizationId } });
    return { ok: true as const, booking };
  });
  const { booking } = outcome;
  await db.booking.update({ where: { id: booking.id }, data: {} }); // want "update on tenant-scoped \"Booking\" does not filter"
}

// A spread in a return may hold the entry as well.
export async function registerSpread(organizationId: string, extra: any) {
  const outcome = await db.$transaction(async (tx: any) => {
    const booking = await tx.booking.create({ data: { organizationId } });
    return { booking, ...extra };
  });
  await db.booking.update({ where: { id: outcome.booking.id }, data: {} }); // want "update on tenant-scoped \"Booking\" does not filter"
}

// An undefined entry drops from a where that is not unique.
export async function registerOptional(organizationId: string) {
  const outcome = await db.$transaction(async (tx: any) => {
    const pending = await tx.booking.count({ where: { organizationId } });
    if (pending > 0) {
      return { ok: false as const };
    }
    const booking = await tx.booking.create({ data: { organizationId } });
    return { ok: true as const, booking };
  });
  await db.booking.updateMany({ where: { id: outcome.booking?.id }, data: {} }); // want "updateMany on tenant-scoped \"Booking\" does not filter"
}

// A computed key after the entry replaces it.
export async function registerComputed(organizationId: string, other: { id: string }) {
  const outcome = await db.$transaction(async (tx: any) => {
    const booking = await tx.booking.create({ data: { organizationId } });
    return { booking, ["booking"]: other };
  });
  await db.booking.update({ where: { id: outcome.booking.id }, data: {} }); // want "update on tenant-scoped \"Booking\" does not filter"
}

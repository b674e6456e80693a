declare const db: any;
declare function invariant(value: unknown, message?: string): asserts value;
declare function log(message: string): void;

// A test makes a key that may be undefined count only the way it goes: the
// call is in the branch where the key is there, or the code left before it
// when the key is missing. A test without an exit, or with its exit in a
// block that may not run, leaves the key as it was.
export async function inBranch(kitId: string, organizationId: string) {
  const kit = await db.kit.findFirst({ where: { id: kitId, organizationId }, include: { custody: true } });
  if (kit.custody) {
    await db.custody.findMany({ where: { kitCustodyId: kit.custody?.id } });
  }
  await (kit.custody && db.custody.findMany({ where: { kitCustodyId: kit.custody?.id } }));
  await (kit.custody ? db.custody.findMany({ where: { kitCustodyId: kit.custody?.id } }) : []);
  if (!kit?.custody) {
    log("no custody");
  } else {
    await db.custody.findMany({ where: { kitCustodyId: kit.custody?.id } });
  }
}

export async function wrongBranch(kitId: string, organizationId: string) {
  const kit = await db.kit.findFirst({ where: { id: kitId, organizationId }, include: { custody: true } });
  if (!kit.custody) {
    await db.custody.findMany({ where: { kitCustodyId: kit.custody?.id } }); // want "findMany on tenant-scoped \"Custody\" filters by a tenant value that may be undefined"
  }
  await (kit.custody || db.custody.findMany({ where: { kitCustodyId: kit.custody?.id } })); // want "findMany on tenant-scoped \"Custody\" filters by a tenant value that may be undefined"
  await (kit.custody ? [] : db.custody.findMany({ where: { kitCustodyId: kit.custody?.id } })); // want "findMany on tenant-scoped \"Custody\" filters by a tenant value that may be undefined"
  if (kit.custody) {
    log("custody");
  } else {
    await db.custody.findMany({ where: { kitCustodyId: kit.custody?.id } }); // want "findMany on tenant-scoped \"Custody\" filters by a tenant value that may be undefined"
  }
}

export async function earlyExit(kitId: string, organizationId: string) {
  const kit = await db.kit.findFirst({ where: { id: kitId, organizationId }, include: { custody: true } });
  if (!kit.custody) return [];
  return db.custody.findMany({ where: { kitCustodyId: kit.custody?.id } });
}

export async function noExit(kitId: string, organizationId: string) {
  const kit = await db.kit.findFirst({ where: { id: kitId, organizationId }, include: { custody: true } });
  if (!kit.custody) {
    log("no custody");
  }
  return db.custody.findMany({ where: { kitCustodyId: kit.custody?.id } }); // want "findMany on tenant-scoped \"Custody\" filters by a tenant value that may be undefined"
}

export async function nestedExit(kitId: string, organizationId: string, strict: boolean) {
  const kit = await db.kit.findFirst({ where: { id: kitId, organizationId }, include: { custody: true } });
  if (!kit.custody) {
    if (strict) throw new Error("no custody");
  }
  return db.custody.findMany({ where: { kitCustodyId: kit.custody?.id } }); // want "findMany on tenant-scoped \"Custody\" filters by a tenant value that may be undefined"
}

export async function exitBothWays(kitId: string, organizationId: string, strict: boolean) {
  const kit = await db.kit.findFirst({ where: { id: kitId, organizationId }, include: { custody: true } });
  if (!kit.custody) {
    if (strict) throw new Error("no custody");
    else return [];
  }
  return db.custody.findMany({ where: { kitCustodyId: kit.custody?.id } });
}

// The same for a const holding the key, tested against null or undefined.
export async function comparedConst(kitId: string, organizationId: string) {
  const kit = await db.kit.findFirst({ where: { id: kitId, organizationId }, include: { custody: true } });
  const custodyId = kit.custody?.id;
  if (custodyId === null) return 0; // undefined is not null
  await db.custody.count({ where: { kitCustodyId: custodyId } }); // want "count on tenant-scoped \"Custody\" filters by a tenant value that may be undefined"
  if (custodyId == null) return 0;
  return db.custody.count({ where: { kitCustodyId: custodyId } });
}

export async function undefinedConst(kitId: string, organizationId: string) {
  const kit = await db.kit.findFirst({ where: { id: kitId, organizationId }, include: { custody: true } });
  const custodyId = kit.custody?.id;
  if (custodyId !== undefined) log("custody");
  await db.custody.count({ where: { kitCustodyId: custodyId } }); // want "count on tenant-scoped \"Custody\" filters by a tenant value that may be undefined"
  if (typeof custodyId === "undefined") throw new Error("no custody");
  return db.custody.count({ where: { kitCustodyId: custodyId } });
}

export async function assertedConst(kitId: string, organizationId: string, strict: boolean) {
  const kit = await db.kit.findFirst({ where: { id: kitId, organizationId }, include: { custody: true } });
  const custodyId = kit.custody?.id;
  if (strict) invariant(custodyId);
  await db.custody.count({ where: { kitCustodyId: custodyId } }); // want "count on tenant-scoped \"Custody\" filters by a tenant value that may be undefined"
  invariant(custodyId, "no custody");
  return db.custody.count({ where: { kitCustodyId: custodyId } });
}

// In a loop, `continue` leaves the iteration; a test after the call does
// not count.
export async function inLoop(kitIds: string[], organizationId: string) {
  for (const kitId of kitIds) {
    const kit = await db.kit.findFirst({ where: { id: kitId, organizationId }, include: { custody: true } });
    await db.custody.deleteMany({ where: { kitCustodyId: kit.custody?.id } }); // want "deleteMany on tenant-scoped \"Custody\" filters by a tenant value that may be undefined"
    if (!kit.custody) continue;
    await db.custody.deleteMany({ where: { kitCustodyId: kit.custody?.id } });
  }
}

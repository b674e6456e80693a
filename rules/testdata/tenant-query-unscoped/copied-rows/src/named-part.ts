declare const db: any;

// A const that names a part of a checked row holds that row's part:
// Shelf's releaseCustody reads the kit with its organization, copies it,
// and names its custody's id.
export async function releaseCustody(kitId: string, organizationId: string) {
  const [kitRow] = await Promise.all([db.kit.findUniqueOrThrow({ where: { id: kitId, organizationId }, include: { custody: true } })]);
  const kit = { ...kitRow, assets: [] };
  await db.$transaction(async (tx: any) => {
    const kitCustodyId = kit.custody?.id;
    const rows = kitCustodyId ? await tx.custody.findMany({ where: { kitCustodyId } }) : [];
    return rows;
  });
}

// The same name for a part of a row read by id alone is anyone's.
export async function releaseAnyCustody(kitId: string) {
  const kit = await db.kit.findUnique({ where: { id: kitId }, include: { custody: true } }); // want "findUnique on tenant-scoped \"Kit\" does not filter"
  const kitCustodyId = kit.custody?.id;
  return db.custody.findMany({ where: { kitCustodyId } }); // want "findMany on tenant-scoped \"Custody\" does not filter"
}

// A name given a value from the request holds that value.
export async function releaseGivenCustody(kitId: string, organizationId: string, body: { custodyId: string }) {
  const kit = await db.kit.findFirst({ where: { id: kitId, organizationId } });
  const kitCustodyId = body.custodyId;
  return db.custody.findMany({ where: { kitCustodyId } }); // want "findMany on tenant-scoped \"Custody\" does not filter"
}

// A const in a sibling block binds another value of the name: here the
// parameter is the one read.
export async function partInOtherBranch(kitId: string, organizationId: string, custody: { id: string }, own: boolean) {
  const kit = await db.kit.findFirst({ where: { id: kitId, organizationId }, include: { custody: true } });
  if (own) {
    const custody = kit.custody!;
    return db.custody.findMany({ where: { kitCustodyId: custody.id } });
  }
  return db.custody.findMany({ where: { kitCustodyId: custody.id } }); // want "findMany on tenant-scoped \"Custody\" does not filter"
}

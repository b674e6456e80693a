declare const db: any;

// A let given only the id of a checked row, used where it was tested for
// a value: Shelf's scanned-item loader counts an audit asset's notes so.
export async function counts(id: string, organizationId: string) {
  let kitId: string | undefined;
  let count = 0;
  if (id) {
    const kit = await db.kit.findFirst({ where: { id, organizationId }, select: { id: true } });
    kitId = kit?.id;
    if (kitId) {
      count = await db.assetKit.count({ where: { kitId } });
    }
  }
  return count;
}

// Untested, the let may be undefined, and Prisma drops the filter.
export async function countsUntested(id: string, organizationId: string) {
  let kitId: string | undefined;
  const kit = await db.kit.findFirst({ where: { id, organizationId }, select: { id: true } });
  kitId = kit?.id;
  return db.assetKit.count({ where: { kitId } }); // want "count on tenant-scoped \"AssetKit\" does not filter"
}

// One assignment from the request is enough to hold anyone's id.
export async function countsGiven(id: string, organizationId: string, given: string) {
  let kitId: string | undefined;
  const kit = await db.kit.findFirst({ where: { id, organizationId }, select: { id: true } });
  kitId = kit?.id;
  if (!kit) kitId = given;
  if (kitId) {
    return db.assetKit.count({ where: { kitId } }); // want "count on tenant-scoped \"AssetKit\" does not filter"
  }
}

// An assignment after the test may put undefined back.
export async function countsReassigned(id: string, organizationId: string, other: string) {
  let kitId: string | undefined;
  const kit = await db.kit.findFirst({ where: { id, organizationId }, select: { id: true } });
  kitId = kit?.id;
  if (kitId) {
    const again = await db.kit.findFirst({ where: { id: other, organizationId }, select: { id: true } });
    kitId = again?.id;
    return db.assetKit.count({ where: { kitId } }); // want "count on tenant-scoped \"AssetKit\" does not filter"
  }
}

// A row bound to the same name in another block is not this one.
export async function countsSibling(a: boolean, id: string, organizationId: string, other: string) {
  let kitId: string | undefined;
  if (a) {
    const kit = await db.kit.findFirst({ where: { id, organizationId } });
    kitId = kit?.id;
  } else {
    const kit = await db.kit.findUnique({ where: { id: other } }); // want "findUnique on tenant-scoped \"Kit\" does not filter"
    kitId = kit?.id;
    await db.assetKit.count({ where: { kitId: kit.id } }); // want "count on tenant-scoped \"AssetKit\" does not filter"
  }
  if (kitId) {
    return db.assetKit.count({ where: { kitId } }); // want "count on tenant-scoped \"AssetKit\" does not filter"
  }
}

// Two blocks, each with its own let of the same name: only the unchecked
// one's count is reported.
export async function countsTwoLets(a: boolean, id: string, organizationId: string, other: string) {
  if (a) {
    let kitId: string | undefined;
    const kit = await db.kit.findFirst({ where: { id, organizationId } });
    kitId = kit?.id;
    if (kitId) {
      await db.assetKit.count({ where: { kitId } });
    }
  } else {
    let kitId: string | undefined;
    const kit = await db.kit.findUnique({ where: { id: other } }); // want "findUnique on tenant-scoped \"Kit\" does not filter"
    kitId = kit?.id;
    if (kitId) {
      await db.assetKit.count({ where: { kitId } }); // want "count on tenant-scoped \"AssetKit\" does not filter"
    }
  }
}

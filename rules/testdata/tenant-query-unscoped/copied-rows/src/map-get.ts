declare const db: any;

// A row picked with get from a Map of the kit's custody rows: Shelf's kit
// quantity cascade.
export async function cascade(kitId: string, organizationId: string, changes: { id: string }[]) {
  const kit = await db.kit.findFirstOrThrow({ where: { id: kitId, organizationId }, include: { custody: true } });
  const existingRows = await db.custody.findMany({ where: { kitCustodyId: kit.custody.id } });
  const existingById = new Map(existingRows.map((r: any) => [r.id, r]));
  for (const change of changes) {
    const existing = existingById.get(change.id);
    if (!existing) continue;
    await db.custody.update({ where: { id: existing.id }, data: {} });
  }
}

// A Map that also holds the caller's row holds anyone's.
export async function cascadeSet(kitId: string, organizationId: string, changes: { id: string }[], other: any) {
  const kit = await db.kit.findFirstOrThrow({ where: { id: kitId, organizationId }, include: { custody: true } });
  const existingRows = await db.custody.findMany({ where: { kitCustodyId: kit.custody.id } });
  const existingById = new Map(existingRows.map((r: any) => [r.id, r]));
  existingById.set(other.id, other);
  for (const change of changes) {
    const existing = existingById.get(change.id);
    await db.custody.update({ where: { id: existing.id }, data: {} }); // want "update on tenant-scoped \"Custody\" does not filter"
  }
}

// A Map whose values are not the rows.
export async function cascadeOther(kitId: string, organizationId: string, changes: { id: string }[], other: any) {
  const kit = await db.kit.findFirstOrThrow({ where: { id: kitId, organizationId }, include: { custody: true } });
  const existingRows = await db.custody.findMany({ where: { kitCustodyId: kit.custody.id } });
  const existingById = new Map(existingRows.map((r: any) => [r.id, other]));
  for (const change of changes) {
    const existing = existingById.get(change.id);
    await db.custody.update({ where: { id: existing.id }, data: {} }); // want "update on tenant-scoped \"Custody\" does not filter"
  }
}

// A Map of rows read by the caller's custody id alone.
export async function cascadeUnchecked(kitCustodyId: string, changes: { id: string }[]) {
  const existingRows = await db.custody.findMany({ where: { kitCustodyId } }); // want "findMany on tenant-scoped \"Custody\" does not filter"
  const existingById = new Map(existingRows.map((r: any) => [r.id, r]));
  for (const change of changes) {
    const existing = existingById.get(change.id);
    await db.custody.update({ where: { id: existing.id }, data: {} }); // want "update on tenant-scoped \"Custody\" does not filter"
  }
}

// get may find nothing: an undefined id drops from a where that is not
// unique.
export async function cascadeOptional(kitId: string, organizationId: string, changes: { id: string }[]) {
  const kit = await db.kit.findFirstOrThrow({ where: { id: kitId, organizationId }, include: { custody: true } });
  const existingRows = await db.custody.findMany({ where: { kitCustodyId: kit.custody.id } });
  const existingById = new Map(existingRows.map((r: any) => [r.id, r]));
  for (const change of changes) {
    const existing = existingById.get(change.id);
    await db.custody.updateMany({ where: { id: existing?.id }, data: {} }); // want "updateMany on tenant-scoped \"Custody\" does not filter"
  }
}

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

// A Map handed to a function may come back holding any row.
export async function cascadeHanded(kitId: string, organizationId: string, changes: { id: string }[], fill: (m: Map<string, any>) => void) {
  const kit = await db.kit.findFirstOrThrow({ where: { id: kitId, organizationId }, include: { custody: true } });
  const existingRows = await db.custody.findMany({ where: { kitCustodyId: kit.custody.id } });
  const existingById = new Map(existingRows.map((r: any) => [r.id, r]));
  fill(existingById);
  for (const change of changes) {
    const existing = existingById.get(change.id);
    if (!existing) continue;
    await db.custody.update({ where: { id: existing.id }, data: {} }); // want "update on tenant-scoped \"Custody\" does not filter"
  }
}

// A set through another name of the Map.
export async function cascadeAliased(kitId: string, organizationId: string, changes: { id: string }[], other: any) {
  const kit = await db.kit.findFirstOrThrow({ where: { id: kitId, organizationId }, include: { custody: true } });
  const existingRows = await db.custody.findMany({ where: { kitCustodyId: kit.custody.id } });
  const existingById = new Map(existingRows.map((r: any) => [r.id, r]));
  const same = existingById;
  same.set(other.id, other);
  for (const change of changes) {
    const existing = existingById.get(change.id);
    if (!existing) continue;
    await db.custody.update({ where: { id: existing.id }, data: {} }); // want "update on tenant-scoped \"Custody\" does not filter"
  }
}

// A set after the get still runs before the next turn's get.
export async function cascadeSetLater(kitId: string, organizationId: string, changes: { id: string; row: any }[]) {
  const kit = await db.kit.findFirstOrThrow({ where: { id: kitId, organizationId }, include: { custody: true } });
  const existingRows = await db.custody.findMany({ where: { kitCustodyId: kit.custody.id } });
  const existingById = new Map(existingRows.map((r: any) => [r.id, r]));
  for (const change of changes) {
    const existing = existingById.get(change.id);
    if (!existing) continue;
    await db.custody.update({ where: { id: existing.id }, data: {} }); // want "update on tenant-scoped \"Custody\" does not filter"
    existingById.set(change.id, change.row);
  }
}

// Looked up with has before get: still only the kit's rows.
export async function cascadeHas(kitId: string, organizationId: string, changes: { id: string }[]) {
  const kit = await db.kit.findFirstOrThrow({ where: { id: kitId, organizationId }, include: { custody: true } });
  const existingRows = await db.custody.findMany({ where: { kitCustodyId: kit.custody.id } });
  const existingById = new Map(existingRows.map((r: any) => [r.id, r]));
  for (const change of changes) {
    if (!existingById.has(change.id)) continue;
    const existing = existingById.get(change.id);
    if (!existing) continue;
    await db.custody.update({ where: { id: existing.id }, data: {} });
  }
}

// A row pushed onto the list before the Map is made of it.
export async function cascadeGrown(kitId: string, organizationId: string, changes: { id: string }[], other: any) {
  const kit = await db.kit.findFirstOrThrow({ where: { id: kitId, organizationId }, include: { custody: true } });
  const existingRows = await db.custody.findMany({ where: { kitCustodyId: kit.custody.id } });
  existingRows.push(other);
  const existingById = new Map(existingRows.map((r: any) => [r.id, r]));
  for (const change of changes) {
    const existing = existingById.get(change.id);
    if (!existing) continue;
    await db.custody.update({ where: { id: existing.id }, data: {} }); // want "update on tenant-scoped \"Custody\" does not filter"
  }
}

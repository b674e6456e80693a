declare const db: any;

// Each proof below matches a name by its text. Where an inner block, a
// loop or a callback binds that name again, or it is given another value
// after the proof's fact, the statement uses a value nothing checked:
// every line here must stay reported.

// Keys of the tenant's rows, then a const of the list's or the row's name
// in a block, or a callback's parameter of that name.
export async function provenRebound(ids: string[], environmentId: string, id: string, other: any) {
  const rows = await db.session.findMany({ where: { id: { in: ids }, environmentId } });
  const deleteIds = rows.map((r: any) => r.id);
  const one = await db.session.findFirst({ where: { id, environmentId } });
  if (!one) throw new Error("not found");
  {
    const deleteIds = ids;
    await db.$queryRaw`DELETE FROM "Session" WHERE id = ANY(${deleteIds})`; // want "deletes from table \"Session\" without a condition"
  }
  {
    const one = other;
    await db.$executeRaw`UPDATE "Session" SET "contentId" = 'x' WHERE id = ${one.id}`; // want "writes table \"Session\" without a condition"
  }
  [other].forEach(async (one: any) => {
    await db.$executeRaw`UPDATE "Session" SET "contentId" = 'x' WHERE id = ${one.id}`; // want "writes table \"Session\" without a condition"
  });
  if (one) {
    const id = other;
    await db.$executeRaw`UPDATE "Session" SET "contentId" = 'x' WHERE id = ${id}`; // want "writes table \"Session\" without a condition"
  }
  await db.$queryRaw`DELETE FROM "Session" WHERE id = ANY(${deleteIds})`;
}

// The list, the row or the key given another value after the lookup.
export async function provenReassigned(ids: string[], environmentId: string, id: string, other: any) {
  const rows = await db.session.findMany({ where: { id: { in: ids }, environmentId } });
  let deleteIds = rows.map((r: any) => r.id);
  deleteIds = ids;
  await db.$queryRaw`DELETE FROM "Session" WHERE id = ANY(${deleteIds})`; // want "deletes from table \"Session\" without a condition"
  let one = await db.session.findFirst({ where: { id, environmentId } });
  if (!one) throw new Error("not found");
  one = other;
  await db.$executeRaw`UPDATE "Session" SET "contentId" = 'x' WHERE id = ${one.id}`; // want "writes table \"Session\" without a condition"
  id = other;
  await db.$executeRaw`UPDATE "Session" SET "contentId" = 'x' WHERE id = ${id}`; // want "writes table \"Session\" without a condition"
}

// The same proof, the key bound again by a loop, a destructuring or a
// function expression's parameter.
export async function provenLoops(ids: string[], environmentId: string, id: string, groups: any[]) {
  const rows = await db.session.findMany({ where: { id: { in: ids }, environmentId } });
  const deleteIds = rows.map((r: any) => r.id);
  const one = await db.session.findFirst({ where: { id, environmentId } });
  if (!one) throw new Error("not found");
  for (const { deleteIds, one } of groups) {
    await db.$queryRaw`DELETE FROM "Session" WHERE id = ANY(${deleteIds})`; // want "deletes from table \"Session\" without a condition"
    await db.$executeRaw`UPDATE "Session" SET "contentId" = 'x' WHERE id = ${one.id}`; // want "writes table \"Session\" without a condition"
  }
  groups.forEach(async function ({ id }) {
    await db.$executeRaw`UPDATE "Session" SET "contentId" = 'x' WHERE id = ${id}`; // want "writes table \"Session\" without a condition"
  });
}

declare const db: any;

// usertour's biz.service.ts: the rows a delete removes are those a lookup
// with the tenant found, named by their keys.
export async function proven(ids: string[], environmentId: string, id: string) {
  const rows = await db.session.findMany({ where: { id: { in: ids }, environmentId } });
  const deleteIds = rows.map((r: any) => r.id);
  await db.$queryRaw`DELETE FROM "Session" WHERE id = ANY(${deleteIds}) RETURNING *`;
  const one = await db.session.findFirst({ where: { id, environmentId } });
  if (!one) throw new Error("not found");
  await db.$executeRaw`UPDATE "Session" SET "contentId" = 'x' WHERE id = ${one.id}`;
}

// Keys of rows found without the tenant, the caller's keys, a key beside
// an OR, a list given another key.
export async function unproven(ids: string[], environmentId: string, id: string) {
  const rows = await db.session.findMany({ where: { id: { in: ids } } }); // want "findMany on tenant-scoped \"Session\" does not filter by the tenant"
  const deleteIds = rows.map((r: any) => r.id);
  await db.$queryRaw`DELETE FROM "Session" WHERE id = ANY(${deleteIds}) RETURNING *`; // want "deletes from table \"Session\" without a condition"
  await db.$queryRaw`DELETE FROM "Session" WHERE id = ANY(${ids})`; // want "deletes from table \"Session\" without a condition"
  await db.$executeRaw`UPDATE "Session" SET "contentId" = 'x' WHERE id = ${id}`; // want "writes table \"Session\" without a condition"
  const ok = await db.session.findMany({ where: { id: { in: ids }, environmentId } });
  const okIds = ok.map((r: any) => r.id);
  await db.$queryRaw`DELETE FROM "Session" WHERE id = ANY(${okIds}) OR "contentId" = ${id}`; // want "deletes from table \"Session\" without a condition"
  okIds.push(id);
  await db.$queryRaw`DELETE FROM "Session" WHERE id = ANY(${okIds})`; // want "deletes from table \"Session\" without a condition"
}

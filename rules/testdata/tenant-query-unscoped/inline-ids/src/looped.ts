import { db } from "./db";

// A let given another list by a loop's header, a destructuring assignment
// or an update no longer holds the ids the query found.

export async function loopedIds(organizationId: string, other: string[]) {
  let ids = (await db.doc.findMany({ where: { folder: { organizationId } } })).map((d) => d.id);
  for (ids of [other]) {
    console.log(ids.length);
  }
  await db.doc.updateMany({ where: { id: { in: ids } }, data: { stale: true } }); // want "updateMany on tenant-scoped \"Doc\" does not filter by the tenant"
}

export async function loopedInIds(organizationId: string, other: Record<string, string[]>) {
  let ids: any = (await db.doc.findMany({ where: { folder: { organizationId } } })).map((d) => d.id);
  for (ids in other) {
    console.log(ids);
  }
  await db.doc.updateMany({ where: { id: { in: ids } }, data: { stale: true } }); // want "updateMany on tenant-scoped \"Doc\" does not filter by the tenant"
}

export async function destructuredIds(organizationId: string, other: string[]) {
  let ids = (await db.doc.findMany({ where: { folder: { organizationId } } })).map((d) => d.id);
  [ids] = [other];
  await db.doc.updateMany({ where: { id: { in: ids } }, data: { stale: true } }); // want "updateMany on tenant-scoped \"Doc\" does not filter by the tenant"
  let more = (await db.doc.findMany({ where: { folder: { organizationId } } })).map((d) => d.id);
  ({ more } = { more: other });
  await db.doc.updateMany({ where: { id: { in: more } }, data: { stale: true } }); // want "updateMany on tenant-scoped \"Doc\" does not filter by the tenant"
}

// Twin: the loop declares its own variable; the let keeps the found ids.
export async function declaredInLoop(organizationId: string, other: string[]) {
  let ids = (await db.doc.findMany({ where: { folder: { organizationId } } })).map((d) => d.id);
  for (const ids of [other]) {
    console.log(ids.length);
  }
  await db.doc.updateMany({ where: { id: { in: ids } }, data: { stale: true } });
}

import db from "db";
type Ctx = { session: { orgId: number } };

// `{ data }` hands the create the const as `data: data` does: the parent
// it links by parentId alone may be any organization's map.
export async function createShorthand(parentId: string, ctx: Ctx) {
  const data = { id: "m", parentId, organizationId: ctx.session.orgId }; // want "create on \"Map\" links a \"Map\" by \"parentId\" alone"
  return db.map.create({ data });
}

// The same const read twice (logged, then created) is still as written.
export async function createShorthandLogged(parentId: string, ctx: Ctx) {
  const data = { id: "m", parentId, organizationId: ctx.session.orgId }; // want "create on \"Map\" links a \"Map\" by \"parentId\" alone"
  console.log(JSON.stringify(data));
  return db.map.create({ data });
}

// createMany's rows given as a shorthand const list.
export async function createManyShorthand(mapId: string) {
  const data = [{ id: "f", mapId }]; // want "createMany on \"Feature\" links a \"Map\" by \"mapId\" alone"
  return db.feature.createMany({ data });
}

// Twin: the parent looked up with the tenant first is the tenant's.
export async function createShorthandChecked(parentId: string, ctx: Ctx) {
  const parent = await db.map.findFirst({ where: { id: parentId, organizationId: ctx.session.orgId } });
  if (!parent) throw new Error("not found");
  const data = { id: "m", parentId: parent.id, organizationId: ctx.session.orgId };
  return db.map.create({ data });
}

// Twin: a map made in the tenant just above.
export async function createManyShorthandFresh(ctx: Ctx) {
  const map = await db.map.create({ data: { id: "m", organizationId: ctx.session.orgId } });
  const data = [{ id: "f", mapId: map.id }];
  return db.feature.createMany({ data });
}

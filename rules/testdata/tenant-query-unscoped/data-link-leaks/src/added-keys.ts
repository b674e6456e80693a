import db from "db";
type Ctx = { session: { orgId: number } };

// A foreign key set on the data after it is built links as one written in
// it (langtrace's `payload["datasetId"] = datasetId`).
export async function addedByKey(parentId: string, ctx: Ctx) {
  const data: Record<string, unknown> = { id: "m", organizationId: ctx.session.orgId };
  if (parentId) {
    data["parentId"] = parentId; // want "create on \"Map\" links a \"Map\" by \"parentId\" alone"
  }
  return db.map.create({ data });
}

export async function addedByAssign(mapId: string) {
  const data = { id: "f" };
  Object.assign(data, { mapId }); // want "create on \"Folder\" links a \"Map\" by \"mapId\" alone"
  return db.folder.create({ data });
}

export async function addedToUpdate(id: string, parentId: string, ctx: Ctx) {
  const data: Record<string, unknown> = { name: "n" };
  data.parentId = parentId; // want "updateMany on \"Map\" links a \"Map\" by \"parentId\" alone"
  return db.map.updateMany({ where: { id, organizationId: ctx.session.orgId }, data });
}

// Twins: the parent looked up with the tenant first, and a plain field.
export async function addedChecked(parentId: string, name: string, ctx: Ctx) {
  const parent = await db.map.findFirst({ where: { id: parentId, organizationId: ctx.session.orgId } });
  if (!parent) throw new Error("not found");
  const data: Record<string, unknown> = { id: "m", organizationId: ctx.session.orgId };
  data.parentId = parent.id;
  data.name = name;
  return db.map.create({ data });
}

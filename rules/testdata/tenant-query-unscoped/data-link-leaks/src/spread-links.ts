import db from "db";
type Ctx = { session: { orgId: number } };

// A link inside a spread the rule reads is a link of the data.
export async function constSpread(parentId: string | undefined, ctx: Ctx) {
  const parent = parentId ? { parent: { connect: { id: parentId } } } : {}; // want "create on \"Map\" links a \"Map\" by \\{ id \\} alone"
  return db.map.create({ data: { id: "m", ...parent, organizationId: ctx.session.orgId } });
}

export async function conditionalScalar(parentId: string | undefined, ctx: Ctx) {
  return db.map.create({ data: { id: "m", organizationId: ctx.session.orgId, ...(parentId ? { parentId } : {}) } }); // want "create on \"Map\" links a \"Map\" by \"parentId\" alone"
}

export async function literalSpread(id: string, ctx: Ctx) {
  return db.map.create({ data: { id: "m", organizationId: ctx.session.orgId, ...{ parent: { connect: { id } } } } }); // want "create on \"Map\" links a \"Map\" by \\{ id \\} alone"
}

export async function andSpread(mapId: string | undefined) {
  return db.folder.create({ data: { id: "f", ...(mapId && { mapId }) } }); // want "create on \"Folder\" links a \"Map\" by \"mapId\" alone"
}

// Twins: the parent checked with the tenant, or taken from the row's own
// tenant's lookup, and a spread that links nothing.
export async function constSpreadChecked(parentId: string, ctx: Ctx) {
  const found = await db.map.findFirst({ where: { id: parentId, organizationId: ctx.session.orgId } });
  if (!found) throw new Error("not found");
  const parent = { parent: { connect: { id: found.id } } };
  return db.map.create({ data: { id: "m", ...parent, organizationId: ctx.session.orgId } });
}

export async function spreadSameTenant(row: { id: string; organizationId: number }) {
  return db.map.create({ data: { id: "m", organizationId: row.organizationId, ...{ parent: { connect: { id: row.id } } } } });
}

export async function spreadNoLink(name: string | undefined, ctx: Ctx) {
  const named = name ? { name } : {};
  return db.map.create({ data: { id: "m", ...named, organizationId: ctx.session.orgId } });
}

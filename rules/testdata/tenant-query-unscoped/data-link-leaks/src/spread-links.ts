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

// A spread the rule cannot read may link any map.
export async function unreadSpread(extra: Record<string, unknown>, ctx: Ctx) {
  return db.map.create({ data: { ...extra, id: "m", organizationId: ctx.session.orgId } }); // want "cannot see what create on \"Map\" links through this spread"
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

// An unread spread on a model that links no judged row but its tenant.
export async function unreadSpreadTag(extra: Record<string, string>, ctx: Ctx) {
  return db.tag.create({ data: { ...extra, id: "t", name: "n", organizationId: ctx.session.orgId } });
}

// Nested rows: a spread the rule cannot read in a folder, which links
// features, is said; in a note, which links nothing but the map it is
// written under, it is not.
export async function nestedUnreadSpread(extra: Record<string, unknown>, ctx: Ctx) {
  return db.map.create({
    data: {
      id: "m",
      organizationId: ctx.session.orgId,
      folders: { create: { ...extra, id: "f" } }, // want "cannot see what create on \"Map\" links through this spread"
      notes: { create: { ...extra, id: "n", text: "t" } },
    },
  });
}

// A const spread is copied with what is added to it after it is built.
export async function addedToSpreadKey(parentId: string, name: string, ctx: Ctx) {
  const extra: Record<string, unknown> = { name };
  extra.parentId = parentId; // want "create on \"Map\" links a \"Map\" by \"parentId\" alone"
  return db.map.create({ data: { ...extra, id: "m", organizationId: ctx.session.orgId } });
}

export async function addedToSpreadLink(parentId: string, name: string, ctx: Ctx) {
  const extra: Record<string, unknown> = { name };
  extra.parent = { connect: { id: parentId } }; // want "create on \"Map\" links a \"Map\" by \\{ id \\} alone"
  return db.map.create({ data: { id: "m", organizationId: ctx.session.orgId, ...extra } });
}

// Twin: a plain field added to the spread links nothing.
export async function addedToSpreadField(title: string, ctx: Ctx) {
  const extra: Record<string, unknown> = {};
  extra.name = title;
  return db.map.create({ data: { ...extra, id: "m", organizationId: ctx.session.orgId } });
}

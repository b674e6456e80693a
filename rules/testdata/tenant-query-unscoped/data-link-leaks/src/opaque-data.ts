import db from "db";
type Ctx = { session: { orgId: number } };
type MapInput = { name?: string; parentId?: string };

// The rest of the caller's input may carry a parentId of another
// organization's map.
export async function restOfInput(args: { id: string } & MapInput, ctx: Ctx) {
  const { id, ...data } = args;
  return db.map.updateMany({ where: { id, organizationId: ctx.session.orgId }, data }); // want "cannot see what updateMany on \"Map\" links; build its data as objects"
}

export async function parameterData(id: string, input: MapInput, ctx: Ctx) {
  return db.map.updateMany({ where: { id, organizationId: ctx.session.orgId }, data: input }); // want "cannot see what updateMany on \"Map\" links; build its data as objects"
}

export async function spreadFirst(input: MapInput, ctx: Ctx) {
  return db.map.create({ data: { ...input, id: "m", organizationId: ctx.session.orgId } }); // want "cannot see what create on \"Map\" links through this spread"
}

export async function upsertParameters(id: string, create: MapInput & { id: string; organizationId: number }, update: MapInput, ctx: Ctx) {
  return db.map.upsert({ where: { id, organizationId: ctx.session.orgId }, create, update }); // want "cannot see what upsert on \"Map\" links; build its data as objects" "cannot see what upsert on \"Map\" links; build its data as objects"
}

export async function featureRows(rows: { id: string; mapId: string }[]) {
  return db.feature.createMany({ data: rows }); // want "cannot see what createMany on \"Feature\" links; build its data as objects"
}

// Twins: data built here, and a model that links no judged row but its
// tenant.
export async function builtHere(id: string, input: MapInput, ctx: Ctx) {
  return db.map.updateMany({ where: { id, organizationId: ctx.session.orgId }, data: { name: input.name } });
}

export async function tagInput(id: string, input: { name: string }, ctx: Ctx) {
  return db.tag.updateMany({ where: { id, organizationId: ctx.session.orgId }, data: input });
}

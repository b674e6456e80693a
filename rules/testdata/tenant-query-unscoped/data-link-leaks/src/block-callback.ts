import db from "db";
type Ctx = { session: { orgId: number } };
type F = { id: string; folderId: string | null };

// A statement before the callback's return hid the rows it makes: each
// feature is linked to a map by mapId alone.
export async function constBeforeReturn(features: F[], mapId: string) {
  await db.feature.createMany({ data: features.map((f) => { const x = f.id; return { id: x, mapId }; }) }); // want "createMany on \"Feature\" links a \"Map\" by \"mapId\" alone"
}

// Every return of the callback is a row.
export async function twoReturns(features: F[], mapId: string, otherId: string) {
  await db.feature.createMany({
    data: features.map((f) => {
      if (f.folderId) {
        return { id: f.id, mapId: otherId }; // want "createMany on \"Feature\" links a \"Map\" by \"mapId\" alone"
      }
      const id = f.id;
      return { id, mapId }; // want "createMany on \"Feature\" links a \"Map\" by \"mapId\" alone"
    }),
  });
}

// A callback whose rows the rule cannot read says so.
export async function returnsUnread(features: F[], mapId: string, rows: { id: string; mapId: string }[]) {
  await db.feature.createMany({ data: features.map((f, i) => { const row = rows[i]; return row; }) }); // want "cannot see what createMany on \"Feature\" links"
}

// A name the callback binds is not the one checked outside it.
export async function shadowedInBlock(features: (F & { mapId: string })[], mapId: string, ctx: Ctx) {
  await db.map.findFirstOrThrow({ where: { id: mapId, organizationId: ctx.session.orgId } });
  await db.feature.createMany({ data: features.map((f) => { const mapId = f.mapId; return { id: f.id, mapId }; }) }); // want "cannot see what createMany on \"Feature\" links"
}

// Twin: the map checked with the tenant first.
export async function constBeforeReturnChecked(features: F[], mapId: string, ctx: Ctx) {
  await db.map.findFirstOrThrow({ where: { id: mapId, organizationId: ctx.session.orgId } });
  await db.feature.createMany({ data: features.map((f) => { const x = f.id; return { id: x, mapId }; }) });
}

// Twin: the map made in the tenant just above.
export async function constBeforeReturnFresh(features: F[], ctx: Ctx) {
  const map = await db.map.create({ data: { id: "m", organizationId: ctx.session.orgId } });
  await db.feature.createMany({ data: features.map((f) => { const x = f.id; return { id: x, mapId: map.id }; }) });
}

// Twin: each row of the tenant's maps, mapped by a block.
export async function blockOverTenantRows(ctx: Ctx) {
  const maps = await db.map.findMany({ where: { organizationId: ctx.session.orgId } });
  await db.feature.createMany({ data: maps.map((m) => { const id = `f-${m.id}`; return { id, mapId: m.id }; }) });
}

// The element's name bound again in the block is another row (and the
// block's rows are no longer read as the elements').
export async function blockRebindsElement(ctx: Ctx, others: { id: string }[]) {
  const maps = await db.map.findMany({ where: { organizationId: ctx.session.orgId } });
  await db.feature.createMany({
    data: maps.map((m) => {
      for (const m of others) {
        return { id: "f", mapId: m.id }; // want "createMany on \"Feature\" links a \"Map\" by \"mapId\" alone"
      }
      return { id: "g", mapId: m.id }; // want "createMany on \"Feature\" links a \"Map\" by \"mapId\" alone"
    }),
  });
}

// Or assigned in it.
export async function blockAssignsElement(ctx: Ctx, other: { id: string }) {
  const maps = await db.map.findMany({ where: { organizationId: ctx.session.orgId } });
  await db.feature.createMany({
    data: maps.map((m) => {
      m.id = other.id;
      return { id: "f", mapId: m.id }; // want "createMany on \"Feature\" links a \"Map\" by \"mapId\" alone"
    }),
  });
}

import db from "db";
type Ctx = { session: { orgId: number } };
type F = { id: string; mapId: string };

// Set through an alias of the data after it is built.
export async function aliasAdded(parentId: string, ctx: Ctx) {
  const data: Record<string, unknown> = { id: "m", organizationId: ctx.session.orgId };
  const alias = data;
  alias.parentId = parentId; // want "links a \"Map\" by \"parentId\" alone|cannot see what create on \"Map\" links"
  return db.map.create({ data });
}

// Defined on the data.
export async function defined(parentId: string, ctx: Ctx) {
  const data = { id: "m", organizationId: ctx.session.orgId };
  Object.defineProperty(data, "parentId", { value: parentId, enumerable: true }); // want "links a \"Map\" by \"parentId\" alone|cannot see what create on \"Map\" links"
  return db.map.create({ data });
}

// A getter in the literal gives the link.
export async function getterLink(parentId: string, ctx: Ctx) {
  return db.map.create({ data: { id: "m", organizationId: ctx.session.orgId, get parentId() { return parentId; } } }); // want "links a \"Map\" by \"parentId\" alone|cannot see what create on \"Map\" links"
}

// Set by a helper the data is handed to.
export async function helperSets(parentId: string, ctx: Ctx) {
  const data: Record<string, unknown> = { id: "m", organizationId: ctx.session.orgId };
  setParent(data, parentId);
  return db.map.create({ data });
}
function setParent(d: Record<string, unknown>, id: string) {
  d.parentId = id; // want "links a \"Map\" by \"parentId\" alone"
}

// A computed key set after the data is built.
export async function computedAdded(key: string, value: string, ctx: Ctx) {
  const data: Record<string, unknown> = { id: "m", organizationId: ctx.session.orgId };
  data[key] = value; // want "cannot see what create on \"Map\" links"
  return db.map.create({ data });
}

// Callbacks: a function expression, a named function, a nested function's
// return, an early return of a row the rule cannot read.
export async function functionExpression(ids: string[], mapId: string) {
  await db.feature.createMany({ data: ids.map(function (id) { return { id, mapId }; }) }); // want "links a \"Map\" by \"mapId\" alone|cannot see what createMany on \"Feature\" links"
}

export async function namedCallback(ids: string[], mapId: string) {
  const toRow = (id: string) => ({ id, mapId });
  await db.feature.createMany({ data: ids.map(toRow) }); // want "cannot see what createMany on \"Feature\" links"
}

export async function nestedReturn(ids: string[], mapId: string) {
  await db.feature.createMany({
    data: ids.map((id) => {
      const make = () => {
        return { id, mapId };
      };
      return make(); // want "links a \"Map\" by \"mapId\" alone|cannot see what createMany on \"Feature\" links"
    }),
  });
}

export async function earlyReturnRow(ids: string[], rows: F[]) {
  await db.feature.createMany({
    data: ids.map((id, i) => {
      if (rows[i]) return rows[i]; // want "cannot see what createMany on \"Feature\" links"
      return { id, mapId: "x" }; // want "links a \"Map\" by \"mapId\" alone"
    }),
  });
}

export async function flatMapped(ids: string[], mapId: string) {
  await db.feature.createMany({ data: ids.flatMap((id) => [{ id, mapId }]) }); // want "links a \"Map\" by \"mapId\" alone|cannot see what createMany on \"Feature\" links"
}

export async function reduced(ids: string[], mapId: string) {
  await db.feature.createMany({ data: ids.reduce((acc: F[], id) => [...acc, { id, mapId }], []) }); // want "links a \"Map\" by \"mapId\" alone|cannot see what createMany on \"Feature\" links"
}

export async function helperBuilt(ids: string[], mapId: string) {
  await db.feature.createMany({ data: rowsFor(ids, mapId) }); // want "cannot see what createMany on \"Feature\" links"
}
function rowsFor(ids: string[], mapId: string) {
  return ids.map((id) => ({ id, mapId }));
}

// A spread of a list of rows.
export async function spreadList(rows: F[], ctx: Ctx) {
  const map = await db.map.create({ data: { id: "m", organizationId: ctx.session.orgId } });
  await db.feature.create({ data: { id: "f", mapId: map.id, ...rows[0] } }); // want "cannot see what create on \"Feature\" writes to \"mapId\": a spread after it may replace it"
}

// { data } whose const is pushed to after it is built.
export async function pushedRows(mapId: string) {
  const data: F[] = [];
  data.push({ id: "f", mapId }); // want "links a \"Map\" by \"mapId\" alone|cannot see what createMany on \"Feature\" links"
  return db.feature.createMany({ data });
}

// Twins: a plain block callback over the tenant's rows.
export async function functionOverTenantRows(ctx: Ctx) {
  const maps = await db.map.findMany({ where: { organizationId: ctx.session.orgId } });
  await db.feature.createMany({ data: maps.map((m: { id: string }) => { return { id: `f-${m.id}`, mapId: m.id }; }) });
}

// Twins: a frozen data and a getter-free literal of the tenant's map.
export async function frozenChecked(parentId: string, ctx: Ctx) {
  const parent = await db.map.findFirstOrThrow({ where: { id: parentId, organizationId: ctx.session.orgId } });
  const data = { id: "m", parentId: parent.id, organizationId: ctx.session.orgId };
  Object.freeze(data);
  return db.map.create({ data });
}

export async function definedOnOther(parentId: string, ctx: Ctx) {
  const log = {};
  Object.defineProperty(log, "parentId", { value: parentId });
  return db.map.create({ data: { id: "m", organizationId: ctx.session.orgId } });
}

// More rows a callback makes.
export async function ternaryBody(ids: string[], rows: F[]) {
  await db.feature.createMany({ data: ids.map((id, i) => (rows[i] ? rows[i] : { id, mapId: "x" })) }); // want "cannot see what createMany on \"Feature\" links|links a \"Map\" by \"mapId\" alone" "links a \"Map\" by \"mapId\" alone"
}

export async function assignedRow(ids: string[], mapId: string) {
  await db.feature.createMany({ data: ids.map((id) => Object.assign({ id }, { mapId })) }); // want "cannot see what createMany on \"Feature\" links|links a \"Map\" by \"mapId\" alone"
}

export async function rowAddedInBlock(ids: string[], mapId: string) {
  await db.feature.createMany({
    data: ids.map((id) => {
      const row: Record<string, string> = { id };
      row.mapId = mapId;
      return row; // want "links a \"Map\" by \"mapId\" alone|cannot see what createMany on \"Feature\" links"
    }),
  });
}

export async function rowSpreadInBlock(ids: string[], extra: Partial<F>) {
  await db.feature.createMany({ data: ids.map((id) => ({ id, mapId: "x", ...extra })) }); // want "cannot see what createMany on \"Feature\" (links|writes)|links a \"Map\" by \"mapId\" alone" "through this spread"
}

// { data } rebound before the write.
export async function letData(parentId: string, ctx: Ctx) {
  let data: Record<string, unknown> = { id: "m", organizationId: ctx.session.orgId };
  if (parentId) data = { ...data, parentId };
  return db.map.create({ data }); // want "links a \"Map\" by \"parentId\" alone|cannot see what create on \"Map\" links"
}

// A const spread changed through an alias.
export async function spreadAlias(parentId: string, ctx: Ctx) {
  const extra: Record<string, unknown> = { name: "n" };
  const same = extra;
  same.parentId = parentId; // want "links a \"Map\" by \"parentId\" alone|cannot see what create on \"Map\" links"
  return db.map.create({ data: { id: "m", ...extra, organizationId: ctx.session.orgId } });
}

// Rows pushed through an alias, or set by index.
export async function pushedAlias(mapId: string) {
  const data: F[] = [];
  const rows = data;
  rows.push({ id: "f", mapId });
  return db.feature.createMany({ data }); // want "links a \"Map\" by \"mapId\" alone|cannot see what createMany on \"Feature\" links"
}

export async function setByIndex(mapId: string, ctx: Ctx) {
  const map = await db.map.create({ data: { id: "m", organizationId: ctx.session.orgId } });
  const data = [{ id: "f", mapId: map.id }];
  data[0] = { id: "g", mapId };
  return db.feature.createMany({ data }); // want "links a \"Map\" by \"mapId\" alone|cannot see what createMany on \"Feature\" links"
}

export async function defaulted(parentId: string, ctx: Ctx) {
  const data: { id: string; organizationId: number; parentId?: string } = { id: "m", organizationId: ctx.session.orgId };
  data.parentId ??= parentId; // want "links a \"Map\" by \"parentId\" alone|cannot see what create on \"Map\" links"
  return db.map.create({ data });
}

export async function copiedIn(input: Record<string, string>, ctx: Ctx) {
  const data: Record<string, unknown> = { id: "m", organizationId: ctx.session.orgId };
  for (const k in input) data[k] = input[k]; // want "cannot see what create on \"Map\" links"
  return db.map.create({ data });
}

// Twins: a default for a plain field, and for the parent looked up in the
// tenant.
export async function defaultedName(title: string, ctx: Ctx) {
  const data: { id: string; organizationId: number; name?: string } = { id: "m", organizationId: ctx.session.orgId };
  data.name ??= title;
  return db.map.create({ data });
}

export async function defaultedChecked(parentId: string, ctx: Ctx) {
  const parent = await db.map.findFirstOrThrow({ where: { id: parentId, organizationId: ctx.session.orgId } });
  const data: { id: string; organizationId: number; parentId?: string } = { id: "m", organizationId: ctx.session.orgId };
  data.parentId ??= parent.id;
  return db.map.create({ data });
}

// Lists built past a map: Array.from, a concat of rows the rule cannot
// read, a spread of them.
export async function arrayFrom(ids: string[], mapId: string) {
  await db.feature.createMany({ data: Array.from(ids, (id) => ({ id, mapId })) }); // want "links a \"Map\" by \"mapId\" alone|cannot see what createMany on \"Feature\" links"
}

export async function concatRows(ids: string[], rows: F[], ctx: Ctx) {
  const map = await db.map.create({ data: { id: "m", organizationId: ctx.session.orgId } });
  await db.feature.createMany({ data: ids.map((id) => ({ id, mapId: map.id })).concat(rows) }); // want "cannot see what createMany on \"Feature\" links"
}

export async function spreadRows(ids: string[], rows: F[], ctx: Ctx) {
  const map = await db.map.create({ data: { id: "m", organizationId: ctx.session.orgId } });
  await db.feature.createMany({ data: [...ids.map((id) => ({ id, mapId: map.id })), ...rows] }); // want "cannot see what createMany on \"Feature\" links"
}

export async function filteredRows(ids: string[], mapId: string) {
  await db.feature.createMany({ data: ids.map((id) => ({ id, mapId })).filter(Boolean) }); // want "links a \"Map\" by \"mapId\" alone|cannot see what createMany on \"Feature\" links"
}

// A block callback whose const row is given a key through Object.assign.
export async function assignInBlock(ids: string[], mapId: string) {
  await db.feature.createMany({
    data: ids.map((id) => {
      const row = { id };
      Object.assign(row, { mapId });
      return row; // want "links a \"Map\" by \"mapId\" alone|cannot see what createMany on \"Feature\" links"
    }),
  });
}

// The data handed to a function the rule does not read, before the write.
declare function fillParent(d: Record<string, unknown>, id: string): void;
declare const helpers: { fill(d: Record<string, unknown>, id: string): void };

export async function opaqueHelper(parentId: string, ctx: Ctx) {
  const data: Record<string, unknown> = { id: "m", organizationId: ctx.session.orgId };
  fillParent(data, parentId); // want "cannot see what create on \"Map\" links: \"data\" changes after it is built"
  return db.map.create({ data });
}

export async function methodHelper(parentId: string, ctx: Ctx) {
  const data: Record<string, unknown> = { id: "m", organizationId: ctx.session.orgId };
  helpers.fill(data, parentId); // want "cannot see what create on \"Map\" links: \"data\" changes after it is built"
  return db.map.create({ data });
}

export async function opaqueSpread(parentId: string, ctx: Ctx) {
  const extra: Record<string, unknown> = { name: "n" };
  helpers.fill(extra, parentId);
  return db.map.create({ data: { id: "m", ...extra, organizationId: ctx.session.orgId } }); // want "cannot see what create on \"Map\" links"
}


// Twins: data only logged, or its keys listed, stays as written.
export async function loggedData(parentId: string, ctx: Ctx) {
  const parent = await db.map.findFirstOrThrow({ where: { id: parentId, organizationId: ctx.session.orgId } });
  const data = { id: "m", parentId: parent.id, organizationId: ctx.session.orgId };
  console.log(data, Object.keys(data));
  return db.map.create({ data });
}
// A foreign key changed by another operator after the data is built.
export async function appendedKey(suffix: string, ctx: Ctx) {
  const parent = await db.map.findFirstOrThrow({ where: { id: "p", organizationId: ctx.session.orgId } });
  const data = { id: "m", parentId: parent.id, organizationId: ctx.session.orgId };
  data.parentId += suffix; // want "create on \"Map\" links a \"Map\" by \"parentId\" alone"
  return db.map.create({ data });
}

// Twin: a plain field appended to.
export async function appendedName(suffix: string, ctx: Ctx) {
  const data = { id: "m", name: "n", organizationId: ctx.session.orgId };
  data.name += suffix;
  return db.map.create({ data });
}

// Callbacks with a checked outer map but another value inside.
export async function defaultParam(ids: string[], mapId: string, other: string, ctx: Ctx) {
  await db.map.findFirstOrThrow({ where: { id: mapId, organizationId: ctx.session.orgId } });
  await db.feature.createMany({ data: ids.map((id, _i, _a, mapId = other) => ({ id, mapId })) }); // want "links a \"Map\" by \"mapId\" alone|cannot see what createMany on \"Feature\" links"
}

export async function tryReturns(ids: string[], mapId: string, other: string, ctx: Ctx) {
  await db.map.findFirstOrThrow({ where: { id: mapId, organizationId: ctx.session.orgId } });
  await db.feature.createMany({
    data: ids.map((id) => { // want "links a \"Map\" by \"mapId\" alone|cannot see what createMany on \"Feature\" links"
      try {
        return { id, mapId: other };
      } catch {
        return { id, mapId };
      }
    }),
  });
}

export async function switchReturns(ids: string[], mapId: string, other: string, ctx: Ctx) {
  await db.map.findFirstOrThrow({ where: { id: mapId, organizationId: ctx.session.orgId } });
  await db.feature.createMany({
    data: ids.map((id) => { // want "links a \"Map\" by \"mapId\" alone|cannot see what createMany on \"Feature\" links"
      switch (id) {
        case "a":
          return { id, mapId: other };
        default:
          return { id, mapId };
      }
    }),
  });
}

export async function letRow(ids: string[], mapId: string, rows: F[], ctx: Ctx) {
  await db.map.findFirstOrThrow({ where: { id: mapId, organizationId: ctx.session.orgId } });
  await db.feature.createMany({
    data: ids.map((id, i) => {
      let row = { id, mapId };
      if (rows[i]) row = rows[i];
      return row; // want "links a \"Map\" by \"mapId\" alone|cannot see what createMany on \"Feature\" links"
    }),
  });
}

export async function ternaryReturn(ids: string[], mapId: string, other: string, ctx: Ctx) {
  await db.map.findFirstOrThrow({ where: { id: mapId, organizationId: ctx.session.orgId } });
  await db.feature.createMany({
    data: ids.map((id) => {
      return id ? { id, mapId } : { id, mapId: other }; // want "links a \"Map\" by \"mapId\" alone|cannot see what createMany on \"Feature\" links"
    }),
  });
}

// Twin: a checked map in every return.
export async function tryReturnsChecked(ids: string[], mapId: string, ctx: Ctx) {
  await db.map.findFirstOrThrow({ where: { id: mapId, organizationId: ctx.session.orgId } });
  await db.feature.createMany({
    data: ids.map((id) => { // want "cannot see what createMany on \"Feature\" links"
      try {
        return { id: `a-${id}`, mapId };
      } catch {
        return { id, mapId };
      }
    }),
  });
}


// A callback parameter named as the checked map is another value.
export async function indexParam(ids: string[], mapId: string, ctx: Ctx) {
  await db.map.findFirstOrThrow({ where: { id: mapId, organizationId: ctx.session.orgId } });
  await db.feature.createMany({ data: ids.map((id, mapId) => ({ id, mapId: String(mapId) })) }); // want "links a \"Map\" by \"mapId\" alone"
}

export async function elementParam(ids: string[], mapId: string, ctx: Ctx) {
  await db.map.findFirstOrThrow({ where: { id: mapId, organizationId: ctx.session.orgId } });
  await db.feature.createMany({ data: ids.map((mapId) => ({ id: "f", mapId })) }); // want "links a \"Map\" by \"mapId\" alone"
}

// Twin: the checked map read inside the callback.
export async function checkedInCallback(ids: string[], mapId: string, ctx: Ctx) {
  await db.map.findFirstOrThrow({ where: { id: mapId, organizationId: ctx.session.orgId } });
  await db.feature.createMany({ data: ids.map((id, i) => ({ id: `${id}-${i}`, mapId })) });
}
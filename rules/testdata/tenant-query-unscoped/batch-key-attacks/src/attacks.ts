declare const db: any;
declare const other: any;
declare function nanoid(): string;

const FOLDER = "create on \"Folder\" links a \"Map\" by \"mapId\" alone";

// A $transaction of an object the code defines runs each element alone:
// a create that fails leaves the write standing.
export async function ownTransaction(orgId: number, mapId: string) {
  const runner = { $transaction: (ps: Promise<unknown>[]) => Promise.allSettled(ps) };
  return runner.$transaction([
    db.map.create({ data: { id: mapId, name: "m", organizationId: orgId } }),
    db.folder.create({ data: { id: nanoid(), name: "x", mapId } }), // want "create on \"Folder\" links a \"Map\" by \"mapId\" alone"
  ]);
}

// Another client's transaction.
export async function otherClient(orgId: number, mapId: string) {
  return other.$transaction([
    db.map.create({ data: { id: mapId, name: "m", organizationId: orgId } }),
    db.folder.create({ data: { id: nanoid(), name: "x", mapId } }), // want "create on \"Folder\" links a \"Map\" by \"mapId\" alone"
  ]);
}

// A getter after the id gives the create another id.
export async function getterId(orgId: number, mapId: string) {
  return db.$transaction([
    db.map.create({ data: { id: mapId, get id() { return nanoid(); }, name: "m", organizationId: orgId } }), // want "cannot see what create on \"Map\" links through this spread"
    db.folder.create({ data: { id: nanoid(), name: "x", mapId } }), // want "create on \"Folder\" links a \"Map\" by \"mapId\" alone"
  ]);
}

// A spread of the args after data may give the create other data.
export async function argsSpread(orgId: number, mapId: string, opts: object) {
  return db.$transaction([
    db.map.create({ data: { id: mapId, name: "m", organizationId: orgId }, ...opts }), // want "cannot see what create on \"Map\" links through this spread"
    db.folder.create({ data: { id: nanoid(), name: "x", mapId } }), // want "create on \"Folder\" links a \"Map\" by \"mapId\" alone"
  ]);
}

export async function argsComputed(orgId: number, mapId: string, k: string, d: object) {
  return db.$transaction([
    db.map.create({ data: { id: mapId, name: "m", organizationId: orgId }, [k]: d }), // want "cannot see what create on \"Map\" links: this key may name its data"
    db.folder.create({ data: { id: nanoid(), name: "x", mapId } }), // want "create on \"Folder\" links a \"Map\" by \"mapId\" alone"
  ]);
}

// A const data object given another id after it is built.
export async function constDataMutated(orgId: number, mapId: string) {
  const data: Record<string, unknown> = { id: mapId, name: "m", organizationId: orgId };
  data.id = nanoid();
  return db.$transaction([
    db.map.create({ data }),
    db.folder.create({ data: { id: nanoid(), name: "x", mapId } }), // want "create on \"Folder\" links a \"Map\" by \"mapId\" alone"
  ]);
}

export async function constDataAlias(orgId: number, mapId: string) {
  const data: Record<string, unknown> = { id: mapId, name: "m", organizationId: orgId };
  const alias = data;
  alias.id = nanoid();
  return db.$transaction([
    db.map.create({ data }),
    db.folder.create({ data: { id: nanoid(), name: "x", mapId } }), // want "create on \"Folder\" links a \"Map\" by \"mapId\" alone"
  ]);
}

// A const spread given an id after it is built.
export async function spreadAdded(orgId: number, mapId: string) {
  const extra: Record<string, unknown> = { name: "m" };
  extra.id = nanoid();
  return db.$transaction([
    db.map.create({ data: { id: mapId, ...extra, organizationId: orgId } }),
    db.folder.create({ data: { id: nanoid(), name: "x", mapId } }), // want "create on \"Folder\" links a \"Map\" by \"mapId\" alone"
  ]);
}

export async function spreadAssigned(orgId: number, mapId: string) {
  const extra = { name: "m" };
  Object.assign(extra, { id: nanoid() });
  return db.$transaction([
    db.map.create({ data: { id: mapId, ...extra, organizationId: orgId } }),
    db.folder.create({ data: { id: nanoid(), name: "x", mapId } }), // want "create on \"Folder\" links a \"Map\" by \"mapId\" alone"
  ]);
}

export async function spreadDefined(orgId: number, mapId: string) {
  const extra = { name: "m" };
  Object.defineProperty(extra, "id", { value: nanoid(), enumerable: true });
  return db.$transaction([
    db.map.create({ data: { id: mapId, ...extra, organizationId: orgId } }), // want "cannot see what create on \"Map\" links through this spread"
    db.folder.create({ data: { id: nanoid(), name: "x", mapId } }), // want "create on \"Folder\" links a \"Map\" by \"mapId\" alone"
  ]);
}

export async function spreadAnd(orgId: number, mapId: string, fresh: boolean) {
  return db.$transaction([
    db.map.create({ data: { id: mapId, ...(fresh && { id: nanoid() }), name: "m", organizationId: orgId } }),
    db.folder.create({ data: { id: nanoid(), name: "x", mapId } }), // want "create on \"Folder\" links a \"Map\" by \"mapId\" alone"
  ]);
}

export async function spreadCall(orgId: number, mapId: string, make: () => object) {
  return db.$transaction([
    db.map.create({ data: { id: mapId, ...make(), name: "m", organizationId: orgId } }), // want "cannot see what create on \"Map\" links through this spread"
    db.folder.create({ data: { id: nanoid(), name: "x", mapId } }), // want "create on \"Folder\" links a \"Map\" by \"mapId\" alone"
  ]);
}

export async function spreadNested(orgId: number, mapId: string, fresh: boolean) {
  const inner = { id: nanoid() };
  return db.$transaction([
    db.map.create({ data: { id: mapId, ...(fresh ? { ...inner } : {}), name: "m", organizationId: orgId } }),
    db.folder.create({ data: { id: nanoid(), name: "x", mapId } }), // want "create on \"Folder\" links a \"Map\" by \"mapId\" alone"
  ]);
}

// The write's name bound by a callback parameter is another value.
export async function callbackParam(orgId: number, ids: string[]) {
  const mapId = nanoid();
  return db.$transaction([
    db.map.create({ data: { id: mapId, name: "m", organizationId: orgId } }),
    db.folder.createMany({ data: ids.map((mapId) => ({ id: nanoid(), name: "x", mapId })) }), // want "createMany on \"Folder\" links a \"Map\" by \"mapId\" alone"
  ]);
}

// Assigned inside the write, before the key is read.
export async function assignedInWrite(orgId: number, otherId: string) {
  let mapId = nanoid();
  return db.$transaction([
    db.map.create({ data: { id: mapId, name: "m", organizationId: orgId } }),
    db.folder.create({ data: { id: nanoid(), name: (mapId = otherId), mapId } }), // want "create on \"Folder\" links a \"Map\" by \"mapId\" alone"
  ]);
}

export async function assignedBetween(orgId: number, otherId: string) {
  let mapId = nanoid();
  return db.$transaction([
    db.map.create({ data: { id: mapId, name: "m", organizationId: orgId } }),
    db.tag.findMany({ where: { id: (mapId = otherId) } }),
    db.folder.create({ data: { id: nanoid(), name: "x", mapId } }), // want "create on \"Folder\" links a \"Map\" by \"mapId\" alone"
  ]);
}

// Assigned in the create's own data after its id is read.
export async function assignedInCreate(orgId: number, otherId: string) {
  let mapId = nanoid();
  return db.$transaction([
    db.map.create({ data: { id: mapId, name: (mapId = otherId), organizationId: orgId } }),
    db.folder.create({ data: { id: nanoid(), name: "x", mapId } }), // want "create on \"Folder\" links a \"Map\" by \"mapId\" alone"
  ]);
}

// A var the write's function binds again.
export async function varShadow(orgId: number, otherId: string) {
  const mapId = nanoid();
  function write() {
    var mapId = otherId;
    return db.folder.create({ data: { id: nanoid(), name: "x", mapId } }); // want "create on \"Folder\" links a \"Map\" by \"mapId\" alone"
  }
  return db.$transaction([db.map.create({ data: { id: mapId, name: "m", organizationId: orgId } }), write()]);
}

// Twins: the plain shapes stay silent.
export async function plain(orgId: number, mapId: string) {
  return db.$transaction([
    db.map.create({ data: { id: mapId, name: "m", organizationId: orgId } }),
    db.folder.create({ data: { id: nanoid(), name: "x", mapId } }),
  ]);
}

export async function plainSpreadName(orgId: number, mapId: string, title: string | null) {
  return db.$transaction([
    db.map.create({ data: { id: mapId, ...(title ? { name: title } : { name: "m" }), organizationId: orgId } }),
    db.folder.create({ data: { id: nanoid(), name: "x", mapId } }),
  ]);
}

// A closure called between the create and the write gives the name
// another value.
export async function closureSwap(orgId: number, otherId: string) {
  let mapId = nanoid();
  const swap = () => {
    mapId = otherId;
    return otherId;
  };
  return db.$transaction([
    db.map.create({ data: { id: mapId, name: "m", organizationId: orgId } }),
    db.tag.findMany({ where: { id: swap() } }),
    db.folder.create({ data: { id: nanoid(), name: "x", mapId } }), // want "create on \"Folder\" links a \"Map\" by \"mapId\" alone"
  ]);
}

// A getter in a spread the create reads may give its id.
export async function spreadGetter(orgId: number, mapId: string, fresh: boolean) {
  const extra = { get id() { return nanoid(); } }; // want "cannot see what create on \"Map\" links through this spread"
  return db.$transaction([
    db.map.create({ data: { id: mapId, ...(fresh ? extra : {}), name: "m", organizationId: orgId } }),
    db.folder.create({ data: { id: nanoid(), name: "x", mapId } }), // want "create on \"Folder\" links a \"Map\" by \"mapId\" alone"
  ]);
}

// The create given its id by a string key, and its data as a const: still
// the tenant's new map.
export async function stringKeyTwin(orgId: number, mapId: string) {
  const data = { "id": mapId, name: "m", organizationId: orgId };
  return db.$transaction([
    db.map.create({ data }),
    db.folder.create({ data: { id: nanoid(), name: "x", mapId } }),
  ]);
}

// The create's data or a spread in it handed to a function the rule does
// not read, which may give it another id.
declare const helpers: { fresh(d: Record<string, unknown>): void };

export async function dataToHelper(orgId: number, mapId: string) {
  const data: Record<string, unknown> = { id: mapId, name: "m", organizationId: orgId };
  helpers.fresh(data); // want "cannot see what create on \"Map\" links: \"data\" changes after it is built"
  return db.$transaction([
    db.map.create({ data }),
    db.folder.create({ data: { id: nanoid(), name: "x", mapId } }), // want "create on \"Folder\" links a \"Map\" by \"mapId\" alone"
  ]);
}

export async function spreadToHelper(orgId: number, mapId: string) {
  const extra: Record<string, unknown> = { name: "m" };
  helpers.fresh(extra);
  return db.$transaction([
    db.map.create({ data: { id: mapId, ...extra, organizationId: orgId } }), // want "cannot see what create on \"Map\" links through this spread"
    db.folder.create({ data: { id: nanoid(), name: "x", mapId } }), // want "create on \"Folder\" links a \"Map\" by \"mapId\" alone"
  ]);
}

// Twin: the client reached through a context is the list's own.
export async function contextClient(ctx: { db: any }, orgId: number, mapId: string) {
  return ctx.db.$transaction([
    ctx.db.map.create({ data: { id: mapId, name: "m", organizationId: orgId } }),
    ctx.db.folder.create({ data: { id: nanoid(), name: "x", mapId } }),
  ]);
}

// A create on another client than the write's.
export async function mixedClients(orgId: number, mapId: string) {
  return db.$transaction([
    other.map.create({ data: { id: mapId, name: "m", organizationId: orgId } }),
    db.folder.create({ data: { id: nanoid(), name: "x", mapId } }), // want "create on \"Folder\" links a \"Map\" by \"mapId\" alone"
  ]);
}

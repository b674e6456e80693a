declare const db: any;
declare function keep(x: unknown): void;
declare function tag(s: TemplateStringsArray, ...v: unknown[]): string;
type Ctx = { session: { orgId: number } };

// The legitimate shape: the caller's context, read as it is.
function getMap(id: string, ctx: Ctx) {
  return db.map.findFirstOrThrow({ where: { id, organizationId: ctx.session.orgId } });
}

export async function folders(id: string, ctx: Ctx) {
  await getMap(id, ctx);
  return db.folder.findMany({ where: { mapId: id } });
}

// The session kept in an object built by the helper, then changed
// through it: the lookup reads the tenant put there.
function getMapHeld(id: string, ctx: Ctx, orgId: number) {
  const held = { session: ctx.session };
  held.session.orgId = orgId;
  return db.map.findFirstOrThrow({ where: { id, organizationId: ctx.session.orgId } });
}

export async function foldersHeld(id: string, ctx: Ctx, orgId: number) {
  await getMapHeld(id, ctx, orgId);
  return db.folder.findMany({ where: { mapId: id } }); // want "findMany on tenant-scoped \"Folder\" does not filter by the tenant"
}

// The session handed to a call inside an object literal.
function getMapKept(id: string, ctx: Ctx) {
  keep({ session: ctx.session });
  return db.map.findFirstOrThrow({ where: { id, organizationId: ctx.session.orgId } });
}

export async function foldersKept(id: string, ctx: Ctx) {
  await getMapKept(id, ctx);
  return db.folder.findMany({ where: { mapId: id } }); // want "findMany on tenant-scoped \"Folder\" does not filter by the tenant"
}

// The session reached through a logical operator, which yields the
// object itself.
function getMapOr(id: string, ctx: Ctx, orgId: number) {
  (ctx.session || { orgId: 0 }).orgId = orgId;
  return db.map.findFirstOrThrow({ where: { id, organizationId: ctx.session.orgId } });
}

export async function foldersOr(id: string, ctx: Ctx, orgId: number) {
  await getMapOr(id, ctx, orgId);
  return db.folder.findMany({ where: { mapId: id } }); // want "findMany on tenant-scoped \"Folder\" does not filter by the tenant"
}

function getMapAnd(id: string, ctx: Ctx, orgId: number) {
  const session = ctx.session && ctx.session;
  session.orgId = orgId;
  return db.map.findFirstOrThrow({ where: { id, organizationId: ctx.session.orgId } });
}

export async function foldersAnd(id: string, ctx: Ctx, orgId: number) {
  await getMapAnd(id, ctx, orgId);
  return db.folder.findMany({ where: { mapId: id } }); // want "findMany on tenant-scoped \"Folder\" does not filter by the tenant"
}

// A tagged template hands its substitutions to the tag, a call.
function getMapTagged(id: string, ctx: Ctx) {
  tag`${ctx.session}`;
  return db.map.findFirstOrThrow({ where: { id, organizationId: ctx.session.orgId } });
}

export async function foldersTagged(id: string, ctx: Ctx) {
  await getMapTagged(id, ctx);
  return db.folder.findMany({ where: { mapId: id } }); // want "findMany on tenant-scoped \"Folder\" does not filter by the tenant"
}

// A function's arguments object is the context under another name.
function getMapArguments(id: string, ctx: Ctx, orgId: number) {
  arguments[1].session.orgId = orgId;
  return db.map.findFirstOrThrow({ where: { id, organizationId: ctx.session.orgId } });
}

export async function foldersArguments(id: string, ctx: Ctx, orgId: number) {
  await getMapArguments(id, ctx, orgId);
  return db.folder.findMany({ where: { mapId: id } }); // want "findMany on tenant-scoped \"Folder\" does not filter by the tenant"
}

// A destructuring assignment writes the path.
function getMapPattern(id: string, ctx: Ctx, input: { orgId: number }) {
  ({ orgId: ctx.session.orgId } = input);
  return db.map.findFirstOrThrow({ where: { id, organizationId: ctx.session.orgId } });
}

export async function foldersPattern(id: string, ctx: Ctx, input: { orgId: number }) {
  await getMapPattern(id, ctx, input);
  return db.folder.findMany({ where: { mapId: id } }); // want "findMany on tenant-scoped \"Folder\" does not filter by the tenant"
}

// Already refused: a destructuring, an alias, a computed path, a write.
function getMapDestructured(id: string, ctx: Ctx, orgId: number) {
  const { session } = ctx;
  session.orgId = orgId;
  return db.map.findFirstOrThrow({ where: { id, organizationId: ctx.session.orgId } });
}

export async function foldersDestructured(id: string, ctx: Ctx, orgId: number) {
  await getMapDestructured(id, ctx, orgId);
  return db.folder.findMany({ where: { mapId: id } }); // want "findMany on tenant-scoped \"Folder\" does not filter by the tenant"
}

function getMapComputed(id: string, ctx: Ctx, orgId: number) {
  ctx["session"].orgId = orgId;
  return db.map.findFirstOrThrow({ where: { id, organizationId: ctx.session.orgId } });
}

export async function foldersComputed(id: string, ctx: Ctx, orgId: number) {
  await getMapComputed(id, ctx, orgId);
  return db.folder.findMany({ where: { mapId: id } }); // want "findMany on tenant-scoped \"Folder\" does not filter by the tenant"
}

function getMapAssigned(id: string, ctx: Ctx) {
  Object.assign(ctx.session, { orgId: 7 });
  return db.map.findFirstOrThrow({ where: { id, organizationId: ctx.session.orgId } });
}

export async function foldersAssigned(id: string, ctx: Ctx) {
  await getMapAssigned(id, ctx);
  return db.folder.findMany({ where: { mapId: id } }); // want "findMany on tenant-scoped \"Folder\" does not filter by the tenant"
}

// The caller's context built by spreading with another session.
export async function foldersSpread(id: string, ctx: Ctx, input: { orgId: number }) {
  await getMap(id, { ...ctx, session: { orgId: input.orgId } });
  return db.folder.findMany({ where: { mapId: id } }); // want "findMany on tenant-scoped \"Folder\" does not filter by the tenant"
}

export async function foldersObjectAssign(id: string, ctx: Ctx, input: { orgId: number }) {
  await getMap(id, Object.assign({}, ctx, { session: { orgId: input.orgId } }));
  return db.folder.findMany({ where: { mapId: id } }); // want "findMany on tenant-scoped \"Folder\" does not filter by the tenant"
}

// An object the caller builds whose `equals` entry is its context: the
// helper reads the session the caller wrote beside it.
export async function foldersEquals(id: string, ctx: Ctx, input: { orgId: number }) {
  await getMap(id, { equals: ctx, session: { orgId: input.orgId } } as any);
  return db.folder.findMany({ where: { mapId: id } }); // want "findMany on tenant-scoped \"Folder\" does not filter by the tenant"
}

// The helper run without being awaited: the caller changes the context
// while the helper waits, before its lookup reads it.
async function getMapLater(id: string, ctx: Ctx) {
  await Promise.resolve();
  return db.map.findFirstOrThrow({ where: { id, organizationId: ctx.session.orgId } });
}

export async function foldersLater(id: string, ctx: Ctx, orgId: number) {
  const pending = getMapLater(id, ctx);
  ctx.session.orgId = orgId;
  await pending;
  return db.folder.findMany({ where: { mapId: id } }); // want "findMany on tenant-scoped \"Folder\" does not filter by the tenant"
}

// Through the other helper proofs: a helper returning its lookup, tested
// by the caller.
function findMap(id: string, ctx: Ctx, orgId: number) {
  const held = { session: ctx.session };
  held.session.orgId = orgId;
  return db.map.findFirst({ where: { id, organizationId: ctx.session.orgId } });
}

export async function foldersFound(id: string, ctx: Ctx, orgId: number) {
  const map = await findMap(id, ctx, orgId);
  if (!map) throw new Error("not found");
  return db.folder.findMany({ where: { mapId: id } }); // want "findMany on tenant-scoped \"Folder\" does not filter by the tenant"
}

function findMapSafe(id: string, ctx: Ctx) {
  return db.map.findFirst({ where: { id, organizationId: ctx.session.orgId } });
}

export async function foldersFoundSafe(id: string, ctx: Ctx) {
  const map = await findMapSafe(id, ctx);
  if (!map) throw new Error("not found");
  return db.folder.findMany({ where: { mapId: id } });
}

// A boolean helper answering whether the map was found.
async function ownsMap(id: string, ctx: Ctx, orgId: number) {
  keep({ session: ctx.session });
  const map = await db.map.findFirst({ where: { id, organizationId: ctx.session.orgId } });
  return map !== null;
}

export async function foldersOwned(id: string, ctx: Ctx, orgId: number) {
  if (!(await ownsMap(id, ctx, orgId))) throw new Error("forbidden");
  return db.folder.findMany({ where: { mapId: id } }); // want "findMany on tenant-scoped \"Folder\" does not filter by the tenant"
}

async function ownsMapSafe(id: string, ctx: Ctx) {
  const map = await db.map.findFirst({ where: { id, organizationId: ctx.session.orgId } });
  return map !== null;
}

export async function foldersOwnedSafe(id: string, ctx: Ctx) {
  if (!(await ownsMapSafe(id, ctx))) throw new Error("forbidden");
  return db.folder.findMany({ where: { mapId: id } });
}

// A helper that returns nothing until found, then the row.
async function loadMap(id: string, ctx: Ctx) {
  tag`${ctx.session}`;
  const map = await db.map.findFirst({ where: { id, organizationId: ctx.session.orgId } });
  if (!map) return null;
  return map;
}

export async function foldersLoaded(id: string, ctx: Ctx) {
  const map = await loadMap(id, ctx);
  if (!map) throw new Error("not found");
  return db.folder.findMany({ where: { mapId: id } }); // want "findMany on tenant-scoped \"Folder\" does not filter by the tenant"
}

// An arrow helper and a class method.
const getMapArrow = (id: string, ctx: Ctx, orgId: number) => {
  const held = { s: ctx.session };
  held.s.orgId = orgId;
  return db.map.findFirstOrThrow({ where: { id, organizationId: ctx.session.orgId } });
};

export async function foldersArrow(id: string, ctx: Ctx, orgId: number) {
  await getMapArrow(id, ctx, orgId);
  return db.folder.findMany({ where: { mapId: id } }); // want "findMany on tenant-scoped \"Folder\" does not filter by the tenant"
}

export class Maps {
  constructor(private ctx: Ctx) {}

  getMap(id: string, ctx: Ctx, orgId: number) {
    const held = { s: ctx.session };
    held.s.orgId = orgId;
    return db.map.findFirstOrThrow({ where: { id, organizationId: ctx.session.orgId } });
  }

  async folders(id: string, orgId: number) {
    await this.getMap(id, this.ctx, orgId);
    return db.folder.findMany({ where: { mapId: id } }); // want "findMany on tenant-scoped \"Folder\" does not filter by the tenant"
  }
}

// The caller hands the session a second time, under a parameter the
// helper changes: the same object its lookup then reads.
function getMapTwice(id: string, ctx: Ctx, session: { orgId: number }, orgId: number) {
  session.orgId = orgId;
  return db.map.findFirstOrThrow({ where: { id, organizationId: ctx.session.orgId } });
}

export async function foldersTwice(id: string, ctx: Ctx, orgId: number) {
  await getMapTwice(id, ctx, ctx.session, orgId);
  return db.folder.findMany({ where: { mapId: id } }); // want "findMany on tenant-scoped \"Folder\" does not filter by the tenant"
}

export async function foldersHolder(id: string, opts: { ctx: Ctx }, orgId: number) {
  await getMapTwice(id, opts.ctx, opts as any, orgId);
  return db.folder.findMany({ where: { mapId: id } }); // want "findMany on tenant-scoped \"Folder\" does not filter by the tenant"
}

// Another object, or an unrelated property, may be handed beside it.
export async function foldersBeside(id: string, ctx: Ctx, other: Ctx, orgId: number) {
  await getMapTwice(id, ctx, other.session, orgId);
  return db.folder.findMany({ where: { mapId: id } });
}

// A context the caller builds, held in a const first.
export async function foldersBuilt(id: string, input: { orgId: number }) {
  const built = { session: { orgId: input.orgId } };
  await getMap(id, built);
  return db.folder.findMany({ where: { mapId: id } }); // want "findMany on tenant-scoped \"Folder\" does not filter by the tenant"
}

// A context the caller is handed, or one a call gives it, is its own.
declare function sessionOf(input: unknown): Promise<Ctx>;

export async function foldersOfSession(id: string, input: unknown) {
  const ctx = await sessionOf(input);
  await getMap(id, ctx);
  return db.folder.findMany({ where: { mapId: id } });
}

// The helper run beside a change of the context: it waits before its
// lookup, which reads the tenant the other element put there.
export async function foldersAll(id: string, ctx: Ctx, orgId: number) {
  await Promise.all([getMapLater(id, ctx), (ctx.session.orgId = orgId)]);
  return db.folder.findMany({ where: { mapId: id } }); // want "findMany on tenant-scoped \"Folder\" does not filter by the tenant"
}

// The where reads the tenant under an OR with a public branch.
function getMapOrPublic(id: string, ctx: Ctx) {
  return db.map.findFirstOrThrow({ where: { id, OR: [{ organizationId: ctx.session.orgId }, { name: "public" }] } }); // want "findFirstOrThrow on tenant-scoped \"Map\" has an OR branch without the tenant"
}

export async function foldersOrPublic(id: string, ctx: Ctx) {
  await getMapOrPublic(id, ctx);
  return db.folder.findMany({ where: { mapId: id } }); // want "findMany on tenant-scoped \"Folder\" does not filter by the tenant"
}

// A let the caller fills with a context it builds.
export async function foldersLet(id: string, ctx: Ctx, input: { orgId: number }) {
  let held = ctx;
  held = { session: { orgId: input.orgId } };
  await getMap(id, held);
  return db.folder.findMany({ where: { mapId: id } }); // want "findMany on tenant-scoped \"Folder\" does not filter by the tenant"
}

export async function foldersLetBuilt(id: string, input: { orgId: number }) {
  let held = { session: { orgId: input.orgId } };
  await getMap(id, held);
  return db.folder.findMany({ where: { mapId: id } }); // want "findMany on tenant-scoped \"Folder\" does not filter by the tenant"
}

// The helper reaches the caller's context under the name the caller
// handed it by: this.ctx in a method of the same class, a module's
// variable.
export class Boards {
  constructor(private ctx: Ctx) {}

  getMap(id: string, ctx: Ctx, orgId: number) {
    this.ctx.session.orgId = orgId;
    return db.map.findFirstOrThrow({ where: { id, organizationId: ctx.session.orgId } });
  }

  async folders(id: string, orgId: number) {
    await this.getMap(id, this.ctx, orgId);
    return db.folder.findMany({ where: { mapId: id } }); // want "findMany on tenant-scoped \"Folder\" does not filter by the tenant"
  }

  // A method reading other members of this is still a proof.
  private readonly label = "boards";

  findMap(id: string, ctx: Ctx) {
    const where = { id, organizationId: ctx.session.orgId, label: this.label };
    return db.map.findFirstOrThrow({ where: { id, organizationId: ctx.session.orgId } });
  }

  async foldersFound(id: string) {
    await this.findMap(id, this.ctx);
    return db.folder.findMany({ where: { mapId: id } });
  }
}

let current: Ctx;

function getMapCurrent(id: string, ctx: Ctx, orgId: number) {
  current.session.orgId = orgId;
  return db.map.findFirstOrThrow({ where: { id, organizationId: ctx.session.orgId } });
}

export async function foldersCurrent(id: string, ctx: Ctx, orgId: number) {
  current = ctx;
  await getMapCurrent(id, current, orgId);
  return db.folder.findMany({ where: { mapId: id } }); // want "findMany on tenant-scoped \"Folder\" does not filter by the tenant"
}

// The same through code the helper calls.
export class Sheets {
  constructor(private ctx: Ctx) {}

  private move(orgId: number) {
    this.ctx.session.orgId = orgId;
  }

  getMap(id: string, ctx: Ctx, orgId: number) {
    this.move(orgId);
    return db.map.findFirstOrThrow({ where: { id, organizationId: ctx.session.orgId } });
  }

  async folders(id: string, orgId: number) {
    await this.getMap(id, this.ctx, orgId);
    return db.folder.findMany({ where: { mapId: id } }); // want "findMany on tenant-scoped \"Folder\" does not filter by the tenant"
  }

  // A helper calling nothing but its lookup is still a proof.
  findMap(id: string, ctx: Ctx) {
    return db.map.findFirstOrThrow({ where: { id, organizationId: ctx.session.orgId } });
  }

  async foldersFound(id: string) {
    await this.findMap(id, this.ctx);
    return db.folder.findMany({ where: { mapId: id } });
  }
}

function moveCurrent(orgId: number) {
  current.session.orgId = orgId;
}

function getMapMoving(id: string, ctx: Ctx, orgId: number) {
  moveCurrent(orgId);
  return db.map.findFirstOrThrow({ where: { id, organizationId: ctx.session.orgId } });
}

export async function foldersMoving(id: string, ctx: Ctx, orgId: number) {
  current = ctx;
  await getMapMoving(id, current, orgId);
  return db.folder.findMany({ where: { mapId: id } }); // want "findMany on tenant-scoped \"Folder\" does not filter by the tenant"
}

// The caller's own context may still be given to a helper that logs.
export async function foldersLogging(id: string, ctx: Ctx, orgId: number) {
  await getMapMoving(id, ctx, orgId);
  return db.folder.findMany({ where: { mapId: id } });
}

// A context parameter with a default, left out by the caller.
declare const anyone: Ctx;

function getMapDefault(id: string, ctx: Ctx = anyone) {
  return db.map.findFirstOrThrow({ where: { id, organizationId: ctx.session.orgId } });
}

export async function foldersDefault(id: string) {
  await getMapDefault(id);
  return db.folder.findMany({ where: { mapId: id } }); // want "findMany on tenant-scoped \"Folder\" does not filter by the tenant"
}

export async function foldersDefaultGiven(id: string, ctx: Ctx) {
  await getMapDefault(id, ctx);
  return db.folder.findMany({ where: { mapId: id } });
}

// An optional context, asserted present, left out.
function getMapOptional(id: string, ctx?: Ctx) {
  return db.map.findFirstOrThrow({ where: { id, organizationId: ctx!.session.orgId } });
}

export async function foldersOptional(id: string) {
  await getMapOptional(id);
  return db.folder.findMany({ where: { mapId: id } }); // want "findMany on tenant-scoped \"Folder\" does not filter by the tenant"
}

// A destructured context, or one reached through the rest parameter.
function getMapDestructuredParam(id: string, { session }: Ctx) {
  return db.map.findFirstOrThrow({ where: { id, organizationId: session.orgId } });
}

export async function foldersDestructuredParam(id: string, input: { orgId: number }) {
  await getMapDestructuredParam(id, { session: { orgId: input.orgId } });
  return db.folder.findMany({ where: { mapId: id } }); // want "findMany on tenant-scoped \"Folder\" does not filter by the tenant"
}

function getMapRest(id: string, ...rest: Ctx[]) {
  return db.map.findFirstOrThrow({ where: { id, organizationId: rest[0].session.orgId } });
}

export async function foldersRest(id: string, input: { orgId: number }) {
  await getMapRest(id, { session: { orgId: input.orgId } });
  return db.folder.findMany({ where: { mapId: id } }); // want "findMany on tenant-scoped \"Folder\" does not filter by the tenant"
}

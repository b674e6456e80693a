declare const db: any;
declare function log(x: unknown): void;
type Ctx = { session: { orgId: number; role: string } };

// The tenant itself handed on as a value, other properties compared, and
// an untagged template: the context stays as the caller holds it.
function getMap(id: string, ctx: Ctx) {
  log({ orgId: ctx.session.orgId! });
  log(`map ${id} of ${ctx.session.orgId}`);
  if (ctx.session.role === "guest" && ctx.session.orgId > 0) log("guest");
  return db.map.findFirstOrThrow({ where: { id, organizationId: ctx.session.orgId! } });
}

export async function folders(id: string, ctx: Ctx) {
  await getMap(id, ctx);
  return db.folder.findMany({ where: { mapId: id } });
}

// The caller's context held under a path of its own.
export async function foldersOfOptions(id: string, opts: { ctx: Ctx }) {
  await getMap(id, opts.ctx);
  return db.folder.findMany({ where: { mapId: id } });
}

function findMap(id: string, ctx: Ctx) {
  return db.map.findFirstOrThrow({ where: { id, organizationId: ctx.session.orgId! } });
}

export class Maps {
  constructor(private ctx: Ctx) {}

  async folders(id: string) {
    await findMap(id, this.ctx);
    return db.folder.findMany({ where: { mapId: id } });
  }

  // A member of this, other code may reach: a helper calling anything
  // besides its lookup may change it first.
  async foldersLogged(id: string) {
    await getMap(id, this.ctx);
    return db.folder.findMany({ where: { mapId: id } }); // want "findMany on tenant-scoped \"Folder\" does not filter by the tenant"
  }
}

// The tenant given whole keeps taking any value the rule accepts.
function getMapByOrg(id: string, orgId: number) {
  return db.map.findFirstOrThrow({ where: { id, organizationId: orgId } });
}

export async function foldersByOrg(id: string, ctx: Ctx) {
  await getMapByOrg(id, Number(ctx.session.orgId));
  return db.folder.findMany({ where: { mapId: id } });
}

// The context's object handed on whole, even as an entry, is refused.
function getMapLogged(id: string, ctx: Ctx) {
  log({ ctx });
  return db.map.findFirstOrThrow({ where: { id, organizationId: ctx.session.orgId } });
}

export async function foldersLogged(id: string, ctx: Ctx) {
  await getMapLogged(id, ctx);
  return db.folder.findMany({ where: { mapId: id } }); // want "findMany on tenant-scoped \"Folder\" does not filter by the tenant"
}

// An arrow function's arguments are its enclosing function's.
function getMapInner(id: string, ctx: Ctx, orgId: number) {
  const move = () => (arguments[1].session.orgId = orgId);
  move();
  return db.map.findFirstOrThrow({ where: { id, organizationId: ctx.session.orgId } });
}

export async function foldersInner(id: string, ctx: Ctx, orgId: number) {
  await getMapInner(id, ctx, orgId);
  return db.folder.findMany({ where: { mapId: id } }); // want "findMany on tenant-scoped \"Folder\" does not filter by the tenant"
}

// The tenant itself in a logical operator or a tagged template: a value,
// not the object holding it.
declare function sql(s: TemplateStringsArray, ...v: unknown[]): string;

function getMapChecked(id: string, ctx: Ctx) {
  if (ctx.session.orgId && ctx.session.role === "guest") log(sql`org ${ctx.session.orgId}`);
  return db.map.findFirstOrThrow({ where: { id, organizationId: ctx.session.orgId } });
}

export async function foldersChecked(id: string, ctx: Ctx) {
  await getMapChecked(id, ctx);
  return db.folder.findMany({ where: { mapId: id } });
}

// The key read from the same context.
export async function foldersOfParams(ctx: Ctx & { params: { id: string } }) {
  await getMap(ctx.params.id, ctx);
  return db.folder.findMany({ where: { mapId: ctx.params.id } });
}

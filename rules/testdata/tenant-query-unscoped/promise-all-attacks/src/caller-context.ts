declare const db: any;
declare function switchOrg(ctx: Ctx, orgId: number): Promise<void>;
type Ctx = { session: { orgId: number; role: string } };

function getMap(id: string, ctx: Ctx) {
  return db.map.findFirstOrThrow({ where: { id, organizationId: ctx.session.orgId } });
}

// The caller changes its own context before the check: the check ran
// against the organization it put there.
export async function foldersMoved(id: string, ctx: Ctx, orgId: number) {
  ctx.session.orgId = orgId;
  await getMap(id, ctx);
  return db.folder.findMany({ where: { mapId: id } }); // want "findMany on tenant-scoped \"Folder\" does not filter by the tenant"
}

export async function foldersSwitched(id: string, ctx: Ctx, orgId: number) {
  await switchOrg(ctx, orgId);
  await getMap(id, ctx);
  return db.folder.findMany({ where: { mapId: id } }); // want "findMany on tenant-scoped \"Folder\" does not filter by the tenant"
}

export async function foldersSwitchedSession(id: string, ctx: Ctx, orgId: number) {
  Object.assign(ctx.session, { orgId });
  await getMap(id, ctx);
  return db.folder.findMany({ where: { mapId: id } }); // want "findMany on tenant-scoped \"Folder\" does not filter by the tenant"
}

export async function foldersAliased(id: string, ctx: Ctx, orgId: number) {
  const session = ctx.session;
  session.orgId = orgId;
  await getMap(id, ctx);
  return db.folder.findMany({ where: { mapId: id } }); // want "findMany on tenant-scoped \"Folder\" does not filter by the tenant"
}

export async function foldersInLoop(ids: string[], ctx: Ctx, orgId: number) {
  for (const id of ids) {
    await getMap(id, ctx);
    await db.folder.deleteMany({ where: { mapId: id } }); // want "deleteMany on tenant-scoped \"Folder\" does not filter by the tenant"
    ctx.session.orgId = orgId;
  }
}

export class Boards {
  constructor(private ctx: Ctx) {}

  private getMap(id: string, ctx: Ctx) {
    return db.map.findFirstOrThrow({ where: { id, organizationId: ctx.session.orgId } });
  }

  async folders(id: string, orgId: number) {
    this.ctx.session.orgId = orgId;
    await this.getMap(id, this.ctx);
    return db.folder.findMany({ where: { mapId: id } }); // want "findMany on tenant-scoped \"Folder\" does not filter by the tenant"
  }

  // Near miss: the context read, tested and compared.
  async foldersRead(id: string) {
    if (this.ctx.session.role !== "admin") throw new Error("forbidden");
    await this.getMap(id, this.ctx);
    return db.folder.findMany({ where: { mapId: id } });
  }
}

// Near misses: the context only read before the check (tested, given to
// a query), or used after the judged call.
export async function foldersRead(id: string, ctx: Ctx) {
  if (!ctx.session.orgId || ctx.session.role === "guest") throw new Error("forbidden");
  await db.organization.findUniqueOrThrow({ where: { id: ctx.session.orgId } });
  await getMap(id, ctx);
  const folders = await db.folder.findMany({ where: { mapId: id } });
  await switchOrg(ctx, 0);
  return folders;
}

// The session handed out by a closure, then written by its caller; the
// context named with an escape.
export async function foldersHandedOut(id: string, ctx: Ctx, orgId: number) {
  const sessionOf = () => {
    return ctx.session;
  };
  sessionOf().orgId = orgId;
  await getMap(id, ctx);
  return db.folder.findMany({ where: { mapId: id } }); // want "findMany on tenant-scoped \"Folder\" does not filter by the tenant"
}

export async function foldersEscaped(id: string, ctx: Ctx, orgId: number) {
  c\u0074x.session.orgId = orgId;
  await getMap(id, ctx);
  return db.folder.findMany({ where: { mapId: id } }); // want "findMany on tenant-scoped \"Folder\" does not filter by the tenant"
}

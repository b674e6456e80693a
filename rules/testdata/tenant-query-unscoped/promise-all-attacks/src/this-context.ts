declare const db: any;
type Ctx = { session: { orgId: number } };

// The caller's context changed by a method it calls on this, or through
// arguments, before the check.
export class Boards {
  constructor(private ctx: Ctx, private label: string) {}

  private getMap(id: string, ctx: Ctx) {
    return db.map.findFirstOrThrow({ where: { id, organizationId: ctx.session.orgId } });
  }

  private moveTo(orgId: number) {
    this.ctx.session.orgId = orgId;
  }

  async folders(id: string, orgId: number) {
    this.moveTo(orgId);
    await Promise.all([this.getMap(id, this.ctx)]);
    return db.folder.findMany({ where: { mapId: id } }); // want "findMany on tenant-scoped \"Folder\" does not filter by the tenant"
  }

  // Near miss: another member read, a query on this.
  async foldersLabelled(id: string) {
    if (this.label === "") throw new Error("no label");
    await this.getMap(id, this.ctx);
    return db.folder.findMany({ where: { mapId: id } });
  }
}

function getMap(id: string, ctx: Ctx) {
  return db.map.findFirstOrThrow({ where: { id, organizationId: ctx.session.orgId } });
}

export async function foldersArguments(id: string, ctx: Ctx, orgId: number) {
  arguments[1].session.orgId = orgId;
  await Promise.all([getMap(id, ctx)]);
  return db.folder.findMany({ where: { mapId: id } }); // want "findMany on tenant-scoped \"Folder\" does not filter by the tenant"
}

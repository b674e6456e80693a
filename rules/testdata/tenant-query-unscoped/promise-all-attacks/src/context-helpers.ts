declare const db: any;
export type Ctx = { session: { orgId: number } };

export async function getMapLater(id: string, ctx: Ctx) {
  await Promise.resolve();
  return db.map.findFirstOrThrow({ where: { id, organizationId: ctx.session.orgId } });
}

declare const db: any;
declare function keep(x: unknown): void;
type Ctx = { session: { orgId: number } };

export function getMap(id: string, ctx: Ctx) {
  return db.map.findFirstOrThrow({ where: { id, organizationId: ctx.session.orgId } });
}

export function getMapKept(id: string, ctx: Ctx) {
  keep({ session: ctx.session });
  return db.map.findFirstOrThrow({ where: { id, organizationId: ctx.session.orgId } });
}

export const findMap = async (id: string, ctx: Ctx) => {
  const map = await db.map.findFirst({ where: { id, organizationId: ctx.session.orgId! } });
  return map !== null;
};

import type { Options } from "../types";
// The file's own default export names it; no file imports the default.
export const deleteHandler = async ({ ctx }: Options) =>
  ctx.prisma.organizationMembership.findUnique({ where: { userId: ctx.session.user.id } });
export default deleteHandler;

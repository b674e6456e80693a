import type { Options } from "../types";
// The caller's own membership. Another file declares an unrelated
// createHandler (../other/create.handler.ts): its name is not this one.
export const createHandler = async ({ ctx }: Options) =>
  ctx.prisma.organizationMembership.findUnique({ where: { userId: ctx.session.user.id } });

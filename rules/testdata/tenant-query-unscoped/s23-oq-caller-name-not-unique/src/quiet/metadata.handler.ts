import type { Options } from "../types";
// Named by a type elsewhere (the router's handler cache), and declared
// by another file as a function of its own (../other/create.handler.ts).
export const metadataHandler = async ({ ctx }: Options) =>
  ctx.prisma.organizationMembership.findUnique({ where: { userId: ctx.session.user.id } });
export default metadataHandler;

// No import here: the client comes in the context. Another file of the
// same package imports it, so the package uses it.
export const remove = ({ ctx, input }: { ctx: any; input: { id: string } }) =>
  ctx.prisma.event.delete({ where: { id: input.id } }); // want "delete on tenant-scoped \"Event\" does not filter by the tenant"

import { prisma } from "./db";

// The single-key twin of a write in a closure called after its key is given another value.
export async function singleClosureCalledAfterReassign(organizationId: string, id: string, otherId: string) {
  const group = await prisma.group.findUnique({ where: { id } });
  if (!group || group.organizationId !== organizationId) throw new Error("not found");
  const remove = () => prisma.group.delete({ where: { id } }); // want "delete on tenant-scoped \"Group\" does not filter by the tenant"
  id = otherId;
  return remove();
}

// twin: the closure called before the key changes.
export async function singleClosureCalledBefore(organizationId: string, id: string, otherId: string) {
  const group = await prisma.group.findUnique({ where: { id } });
  if (!group || group.organizationId !== organizationId) throw new Error("not found");
  const remove = () => prisma.group.delete({ where: { id } });
  await remove();
  id = otherId;
  return id;
}

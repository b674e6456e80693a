import { prisma } from "./db";

// A child compared with a proven parent's key, the match's branch doing
// something else: the write after the if runs on another tenant's row
// too. The lookup itself is quiet: its row is read only by the test.
export async function matchedElsewhere(organizationId: string, actionId: string, queuedId: string) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  const queued = await prisma.queued.findUnique({ where: { id: queuedId } });
  if (queued && queued.actionId === action.id) {
    console.log("ours");
  }
  return prisma.queued.delete({ where: { id: queuedId } }); // want "delete on tenant-scoped \"Queued\" does not filter by the tenant"
}

// Twin: the write inside the match's branch runs on the tenant's row only.
export async function matchedHere(organizationId: string, actionId: string, queuedId: string) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  const queued = await prisma.queued.findUnique({ where: { id: queuedId } });
  if (queued && queued.actionId === action.id) {
    return prisma.queued.delete({ where: { id: queuedId } });
  }
  return null;
}

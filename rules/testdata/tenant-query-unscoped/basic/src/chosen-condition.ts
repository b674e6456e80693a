import { prisma } from "./lib/db";

// A where chosen whole by a condition, scoped on the side the condition
// picks only, says which condition (CREDEBL's updateSchema: the tenant is
// optional in the body).
export async function rename(id: string, name: string, organizationId?: string) {
  await prisma.project.updateMany({ where: organizationId ? { id, organizationId } : { id }, data: { name } }); // want "updateMany on tenant-scoped \"Project\" filters by the tenant only when \"organizationId\" holds; add organizationId to its where without a condition"
}

// Near misses, said as before: the tenant on the other side (the message
// cannot quote a condition's negation), neither side scoped.
export async function renameOther(id: string, name: string, all: boolean, organizationId: string) {
  await prisma.project.updateMany({ where: all ? { id } : { id, organizationId }, data: { name } }); // want "updateMany on tenant-scoped \"Project\" does not filter by the tenant; add organizationId to its where$"
  await prisma.project.updateMany({ where: all ? { id } : { name }, data: { name } }); // want "updateMany on tenant-scoped \"Project\" does not filter by the tenant; add organizationId to its where$"
}

// The same when the tenant comes from an optional property the condition
// tests (CREDEBL's exact shape).
export async function renameFromBody(input: { id: string; name: string; organizationId?: string }) {
  const { id, name, organizationId } = input;
  await prisma.project.updateMany({ where: organizationId ? { id, organizationId } : { id }, data: { name } }); // want "updateMany on tenant-scoped \"Project\" filters by the tenant only when \"organizationId\" holds"
}

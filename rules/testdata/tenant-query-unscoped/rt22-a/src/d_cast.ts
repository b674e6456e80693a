import { prisma } from "./db";

// twin: the cast proof's own shape.
export async function twinCast(organizationId: string, id: string) {
  const action = await prisma.action.findFirst({ where: { id, organizationId } });
  if (!action) throw new Error("not found");
  return prisma.transaction.findMany({ where: { actionId: (action as { id: string }).id } });
}

// The cast wraps an assignment that gives the name another row.
export async function castAssigns(organizationId: string, id: string, other: { id: string }) {
  let action: { id: string } | null = await prisma.action.findFirst({ where: { id, organizationId } });
  if (!action) throw new Error("not found");
  return prisma.transaction.findMany({ where: { actionId: ((action = other) as { id: string }).id } }); // want "findMany on tenant-scoped \"Transaction\" does not filter by the tenant"
}

// The row's key set through a cast before the read.
export async function castFieldSet(organizationId: string, id: string, otherId: string) {
  const action = await prisma.action.findFirst({ where: { id, organizationId } });
  if (!action) throw new Error("not found");
  (action as any).id = otherId;
  return prisma.transaction.findMany({ where: { actionId: (action as { id: string }).id } }); // want "findMany on tenant-scoped \"Transaction\" does not filter by the tenant"
}

// The cast of another name.
export async function castOtherName(organizationId: string, id: string, other: { id: string }) {
  const action = await prisma.action.findFirst({ where: { id, organizationId } });
  if (!action) throw new Error("not found");
  return prisma.transaction.findMany({ where: { actionId: (other as typeof action).id } }); // want "findMany on tenant-scoped \"Transaction\" does not filter by the tenant"
}

// The cast in a callback whose parameter hides the row.
export async function castShadowed(organizationId: string, id: string, others: { id: string }[]) {
  const action = await prisma.action.findFirst({ where: { id, organizationId } });
  if (!action) throw new Error("not found");
  return Promise.all(others.map((action) => prisma.transaction.findMany({ where: { actionId: (action as { id: string }).id } }))); // want "findMany on tenant-scoped \"Transaction\" does not filter by the tenant"
}

// The cast through a subscript: another key.
export async function castIndexed(organizationId: string, id: string, field: "id") {
  const action = await prisma.action.findFirst({ where: { id, organizationId } });
  if (!action) throw new Error("not found");
  return prisma.transaction.findMany({ where: { actionId: (action as any)[field] } }); // want "findMany on tenant-scoped \"Transaction\" does not filter by the tenant"
}

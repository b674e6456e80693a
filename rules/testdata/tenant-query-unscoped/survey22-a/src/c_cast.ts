import { prisma } from "./db";

// The proven row's id read through a type assertion: a cast only retypes
// the value, the row is the one the tenant lookup returned.
export async function startCast(organizationId: string, id: string) {
  let action: { id: string } | null = null;
  action = await prisma.action.findFirst({ where: { id, organizationId } });
  if (!action) throw new Error("not found");
  return prisma.transaction.create({
    data: { id: "t", status: "PENDING", action: { connect: { id: (action as NonNullable<typeof action>).id } } },
  });
}

export async function startCastConst(organizationId: string, id: string) {
  const action = await prisma.action.findFirst({ where: { id, organizationId } });
  if (!action) throw new Error("not found");
  await prisma.transaction.create({ data: { id: "a", status: "PENDING", action: { connect: { id: (action as any).id } } } });
  await prisma.transaction.create({ data: { id: "b", status: "PENDING", action: { connect: { id: (action satisfies { id: string }).id } } } });
  // an optional link through a cast is read as one that may give undefined
  // (the plain `action?.id` is known set after the check): reported, fail closed
  await prisma.transaction.create({ data: { id: "c", status: "PENDING", action: { connect: { id: (action as { id: string })?.id } } } }); // want "links a \"Action\" by a tenant value that may be undefined"
  await prisma.transaction.create({ data: { id: "e", status: "PENDING", action: { connect: { id: action?.id } } } });
  await prisma.transaction.create({ data: { id: "d", status: "PENDING", action: { connect: { id: ((action as unknown) as { id: string }).id } } } });
  return prisma.transaction.findMany({ where: { actionId: (action as { id: string }).id } });
}

// twin: without the assertion (silent before too)
export async function startNoCast(organizationId: string, id: string) {
  let action: { id: string } | null = null;
  action = await prisma.action.findFirst({ where: { id, organizationId } });
  if (!action) throw new Error("not found");
  return prisma.transaction.create({
    data: { id: "t", status: "PENDING", action: { connect: { id: action.id } } },
  });
}

// A cast of a row no lookup proved: still another tenant's, maybe.
export async function castOfUnproven(organizationId: string, id: string, otherId: string) {
  const action = await prisma.action.findFirst({ where: { id, organizationId } });
  if (!action) throw new Error("not found");
  const other = await prisma.action.findUnique({ where: { id: otherId } }); // want "findUnique on tenant-scoped \"Action\" does not filter by the tenant"
  await prisma.transaction.create({ data: { id: "a", status: "PENDING", action: { connect: { id: (other as { id: string }).id } } } }); // want "links a \"Action\" by . id . alone"
  // a cast around a choice of two rows is no plain path
  await prisma.transaction.create({ data: { id: "b", status: "PENDING", action: { connect: { id: ((otherId ? other : action) as { id: string }).id } } } }); // want "links a \"Action\" by . id . alone"
  // a cast inside a chain reaching a field that is no id of Action
  return prisma.transaction.create({ data: { id: "c", status: "PENDING", action: { connect: { id: (action as unknown as { hostId: string }).hostId } } } }); // want "links a \"Action\" by . id . alone"
}

// The row is given another value after the check, then read through a cast.
export async function castAfterReassign(organizationId: string, id: string, otherId: string) {
  let action = await prisma.action.findFirst({ where: { id, organizationId } });
  if (!action) throw new Error("not found");
  action = { id: otherId, organizationId };
  return prisma.transaction.create({ data: { id: "a", status: "PENDING", action: { connect: { id: (action as { id: string }).id } } } }); // want "links a \"Action\" by . id . alone"
}

// The id is set through the cast itself before the link.
export async function castWritten(organizationId: string, id: string, otherId: string) {
  const action = await prisma.action.findFirst({ where: { id, organizationId } });
  if (!action) throw new Error("not found");
  (action as { id: string }).id = otherId;
  return prisma.transaction.create({ data: { id: "a", status: "PENDING", action: { connect: { id: (action as { id: string }).id } } } }); // want "links a \"Action\" by . id . alone"
}

// A write on the proven model by a cast key, and on a cast row of another
// tenant's model.
export async function castWhere(organizationId: string, id: string, hostId: string) {
  const action = await prisma.action.findFirst({ where: { id, organizationId } });
  if (!action) throw new Error("not found");
  await prisma.action.update({ where: { id: (action as { id: string }).id }, data: {} });
  const host = await prisma.host.findUnique({ where: { id: hostId } }); // want "findUnique on tenant-scoped \"Host\" does not filter by the tenant"
  return prisma.action.update({ where: { id: (host as unknown as { id: string }).id }, data: {} }); // want "update on tenant-scoped \"Action\" does not filter by the tenant"
}

// A block's own `action` hides the proven one where the cast reads it.
export async function castShadowed(organizationId: string, id: string, otherId: string) {
  const action = await prisma.action.findFirst({ where: { id, organizationId } });
  if (!action) throw new Error("not found");
  {
    const action = { id: otherId };
    return prisma.transaction.create({ data: { id: "a", status: "PENDING", action: { connect: { id: (action as { id: string }).id } } } }); // want "links a \"Action\" by . id . alone"
  }
}

// The cast row is read in a callback that runs after the name is given
// another row.
export async function castInLaterCallback(organizationId: string, id: string, otherId: string) {
  let action = await prisma.action.findFirst({ where: { id, organizationId } });
  if (!action) throw new Error("not found");
  const link = () => prisma.transaction.create({ data: { id: "a", status: "PENDING", action: { connect: { id: (action as { id: string }).id } } } }); // want "links a \"Action\" by . id . alone"
  action = await prisma.action.findUnique({ where: { id: otherId } }); // want "findUnique on tenant-scoped \"Action\" does not filter by the tenant"
  return link();
}

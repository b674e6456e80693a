import { prisma } from "./db";

// E: a row from an awaited ternary of a lookup under the proven parent
// and a create linked to it, then written by its key.

// Twin kept quiet.
export async function run(organizationId: string, actionId: string, id: string | undefined) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  const t = await (id
    ? prisma.transaction.findFirst({ where: { id, actionId: action.id } })
    : prisma.transaction.create({ data: { status: "PENDING", action: { connect: { id: action.id } } } }));
  if (!t) throw new Error("not found");
  return prisma.transaction.delete({ where: { id: t.id } });
}

// The chosen row rekeyed before the write.
export async function runRekeyed(organizationId: string, actionId: string, id: string | undefined, other: string) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  const t = await (id
    ? prisma.transaction.findFirst({ where: { id, actionId: action.id } })
    : prisma.transaction.create({ data: { status: "PENDING", action: { connect: { id: action.id } } } }));
  if (!t) throw new Error("not found");
  t.id = other;
  return prisma.transaction.delete({ where: { id: t.id } }); // want "delete on tenant-scoped \"Transaction\" does not filter by the tenant"
}

// The chosen row handed to a function that may rekey it.
function touch(row: { id: string }) {
  row.id = "other";
}

export async function runHanded(organizationId: string, actionId: string, id: string | undefined) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  const t = await (id
    ? prisma.transaction.findFirst({ where: { id, actionId: action.id } })
    : prisma.transaction.create({ data: { status: "PENDING", action: { connect: { id: action.id } } } }));
  if (!t) throw new Error("not found");
  touch(t);
  return prisma.transaction.delete({ where: { id: t.id } }); // want "delete on tenant-scoped \"Transaction\" does not filter by the tenant"
}

// The created end's data spread from the caller after the link.
export async function runCreatedSpread(organizationId: string, actionId: string, id: string | undefined, input: { actionId: string }) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  const t = await (id
    ? prisma.transaction.findFirst({ where: { id, actionId: action.id } })
    : prisma.transaction.create({ data: { status: "PENDING", actionId: action.id, ...input } })); // want "cannot see what create on \"Transaction\" writes to \"actionId\": a spread after it may replace it"
  if (!t) throw new Error("not found");
  return prisma.transaction.delete({ where: { id: t.id } }); // want "delete on tenant-scoped \"Transaction\" does not filter by the tenant"
}

// The created end's arguments spread from the caller after its data.
export async function runCreatedArgs(organizationId: string, actionId: string, id: string | undefined, args: { data: { status: string; actionId: string } }) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  const t = await (id
    ? prisma.transaction.findFirst({ where: { id, actionId: action.id } })
    : prisma.transaction.create({ data: { status: "PENDING", actionId: action.id }, ...args })); // want "cannot see what create on \"Transaction\" links through this spread"
  if (!t) throw new Error("not found");
  return prisma.transaction.delete({ where: { id: t.id } }); // want "delete on tenant-scoped \"Transaction\" does not filter by the tenant"
}

// The parent the create links a let, given another row before.
export async function runLetParent(organizationId: string, actionId: string, id: string | undefined, other: { id: string }) {
  let action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  action = other as any;
  const t = await (id
    ? prisma.transaction.findFirst({ where: { id, actionId: action!.id } }) // want "findFirst on tenant-scoped \"Transaction\" does not filter by the tenant"
    : prisma.transaction.create({ data: { status: "PENDING", action: { connect: { id: action!.id } } } })); // want "create on \"Transaction\" links a \"Action\""
  if (!t) throw new Error("not found");
  return prisma.transaction.delete({ where: { id: t.id } }); // want "delete on tenant-scoped \"Transaction\" does not filter by the tenant"
}

// The created end made on another object than the client.
const stub = { transaction: { create: async (_: unknown) => ({ id: "other" }) } };
export async function runStub(organizationId: string, actionId: string, id: string | undefined) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  const t = await (id
    ? prisma.transaction.findFirst({ where: { id, actionId: action.id } })
    : stub.transaction.create({ data: { status: "PENDING", actionId: action.id } }));
  if (!t) throw new Error("not found");
  return prisma.transaction.delete({ where: { id: t.id } }); // want "delete on tenant-scoped \"Transaction\" does not filter by the tenant"
}

// The created end's key read past a cast of another row.
export async function runOtherEnd(organizationId: string, actionId: string, id: string | undefined, other: { id: string }) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  const t = await (id ? Promise.resolve(other) : prisma.transaction.create({ data: { status: "PENDING", actionId: action.id } }));
  return prisma.transaction.delete({ where: { id: t.id } }); // want "delete on tenant-scoped \"Transaction\" does not filter by the tenant"
}

// The ternary's end a create chained with then.
export async function runThen(organizationId: string, actionId: string, id: string | undefined, other: { id: string }) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  const t = await (id
    ? prisma.transaction.findFirst({ where: { id, actionId: action.id } })
    : prisma.transaction.create({ data: { status: "PENDING", actionId: action.id } }).then(() => other));
  if (!t) throw new Error("not found");
  return prisma.transaction.delete({ where: { id: t.id } }); // want "delete on tenant-scoped \"Transaction\" does not filter by the tenant"
}

// The const declared again in an inner block.
export async function runShadowed(organizationId: string, actionId: string, id: string | undefined, other: { id: string }) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  const t = await (id
    ? prisma.transaction.findFirst({ where: { id, actionId: action.id } })
    : prisma.transaction.create({ data: { status: "PENDING", actionId: action.id } }));
  {
    const t = other;
    return prisma.transaction.delete({ where: { id: t.id } }); // want "delete on tenant-scoped \"Transaction\" does not filter by the tenant"
  }
}

// The same with each end awaited apart.
export async function runHandedEnds(organizationId: string, actionId: string, id: string | undefined, other: string) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  const t = id
    ? await prisma.transaction.findFirst({ where: { id, actionId: action.id } })
    : await prisma.transaction.findFirst({ where: { id: other, actionId: action.id } });
  if (!t) throw new Error("not found");
  touch(t);
  return prisma.transaction.delete({ where: { id: t.id } }); // want "delete on tenant-scoped \"Transaction\" does not filter by the tenant"
}

// Twin kept quiet: the chosen row handed to a function that only reads
// it.
function describe(row: { id: string }) {
  return `transaction ${row.id}`;
}

export async function runDescribed(organizationId: string, actionId: string, id: string | undefined) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  const t = await (id
    ? prisma.transaction.findFirst({ where: { id, actionId: action.id } })
    : prisma.transaction.create({ data: { status: "PENDING", action: { connect: { id: action.id } } } }));
  if (!t) throw new Error("not found");
  console.log(describe(t));
  return prisma.transaction.delete({ where: { id: t.id } });
}

// The created end gives back no key: undefined, a filter a many write
// drops, so it writes every tenant's rows.
export async function runSelected(organizationId: string, actionId: string, id: string | undefined) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  const t: any = await (id
    ? prisma.transaction.findFirst({ where: { id, actionId: action.id } })
    : prisma.transaction.create({ data: { status: "PENDING", actionId: action.id }, select: { status: true } }));
  if (!t) throw new Error("not found");
  return prisma.transaction.deleteMany({ where: { id: t.id } }); // want "deleteMany on tenant-scoped \"Transaction\" does not filter by the tenant"
}

// Twin kept quiet: the created end selects its key.
export async function runSelectedKey(organizationId: string, actionId: string, id: string | undefined) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  const t = await (id
    ? prisma.transaction.findFirst({ where: { id, actionId: action.id } })
    : prisma.transaction.create({ data: { status: "PENDING", actionId: action.id }, select: { id: true, status: true } }));
  if (!t) throw new Error("not found");
  return prisma.transaction.deleteMany({ where: { id: t.id } });
}

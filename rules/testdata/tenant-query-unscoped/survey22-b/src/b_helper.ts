import { prisma } from "./db";

// B: a row proven the tenant's, handed to a helper of the file that
// writes it by its own id and gives it back: the row handed back is the
// same row.
async function checkHost(host: { id: string }) {
  return prisma.host.update({ where: { id: host.id }, data: { status: "ONLINE" } }); // want "update on tenant-scoped \"Host\" does not filter by the tenant"
}

export async function addHost(organizationId: string, id: string) {
  let host = await prisma.host.findFirst({ where: { id, organizationId } });
  if (!host) throw new Error("not found");
  host = await checkHost(host);
  if (host.status === "UNREACHABLE") {
    await prisma.host.delete({ where: { id: host.id } });
  }
  return host;
}

async function checkHostAwaited(host: { id: string }) {
  const updated = await prisma.host.update({ where: { id: host.id }, data: { status: "ONLINE" } }); // want "update on tenant-scoped \"Host\" does not filter by the tenant"
  return updated;
}

export async function addHostAwaited(organizationId: string, id: string) {
  let host = await prisma.host.findFirst({ where: { id, organizationId } });
  if (!host) throw new Error("not found");
  host = await checkHostAwaited(host);
  await prisma.host.delete({ where: { id: host.id } });
}

// Twins. The row handed to the helper was never proven.
export async function addHostUnproven(id: string) {
  let host = await prisma.host.findFirst({ where: { id } }); // want "findFirst on tenant-scoped \"Host\" does not filter by the tenant"
  if (!host) throw new Error("not found");
  host = await checkHost(host);
  await prisma.host.delete({ where: { id: host.id } }); // want "delete on tenant-scoped \"Host\" does not filter by the tenant"
}

// Another row is handed to the helper: it gives back that one.
export async function addOtherHost(organizationId: string, id: string, other: { id: string }) {
  let host = await prisma.host.findFirst({ where: { id, organizationId } });
  if (!host) throw new Error("not found");
  host = await checkHost(other);
  await prisma.host.delete({ where: { id: host.id } }); // want "delete on tenant-scoped \"Host\" does not filter by the tenant"
}

// The helper writes another row than the one it is handed.
async function moveHost(host: { id: string }, to: string) {
  return prisma.host.update({ where: { id: to }, data: { status: host.id } }); // want "update on tenant-scoped \"Host\" does not filter by the tenant"
}

export async function addMovedHost(organizationId: string, id: string, to: string) {
  let host = await prisma.host.findFirst({ where: { id, organizationId } });
  if (!host) throw new Error("not found");
  host = await moveHost(host, to);
  await prisma.host.delete({ where: { id: host.id } }); // want "delete on tenant-scoped \"Host\" does not filter by the tenant"
}

// The row is handed in the helper's second place, its first one written.
async function pairHost(first: { id: string }, second: { id: string }) {
  return prisma.host.update({ where: { id: first.id }, data: { status: second.id } }); // want "update on tenant-scoped \"Host\" does not filter by the tenant"
}

export async function addPairedHost(organizationId: string, id: string, other: { id: string }) {
  let host = await prisma.host.findFirst({ where: { id, organizationId } });
  if (!host) throw new Error("not found");
  host = await pairHost(other, host);
  await prisma.host.delete({ where: { id: host.id } }); // want "delete on tenant-scoped \"Host\" does not filter by the tenant"
}

// The helper gives its parameter another row before it writes it.
async function rebindHost(host: { id: string }, to: string) {
  host = { id: to };
  return prisma.host.update({ where: { id: host.id }, data: { status: "ONLINE" } }); // want "update on tenant-scoped \"Host\" does not filter by the tenant"
}

export async function addReboundHost(organizationId: string, id: string, to: string) {
  let host = await prisma.host.findFirst({ where: { id, organizationId } });
  if (!host) throw new Error("not found");
  host = await rebindHost(host, to);
  await prisma.host.delete({ where: { id: host.id } }); // want "delete on tenant-scoped \"Host\" does not filter by the tenant"
}

// The helper sets the row's id before it writes it.
async function rekeyHost(host: { id: string }, to: string) {
  host.id = to;
  return prisma.host.update({ where: { id: host.id }, data: { status: "ONLINE" } }); // want "update on tenant-scoped \"Host\" does not filter by the tenant"
}

export async function addRekeyedHost(organizationId: string, id: string, to: string) {
  let host = await prisma.host.findFirst({ where: { id, organizationId } });
  if (!host) throw new Error("not found");
  host = await rekeyHost(host, to);
  await prisma.host.delete({ where: { id: host.id } }); // want "delete on tenant-scoped \"Host\" does not filter by the tenant"
}

// The helper's write gives the row another id.
async function renameHost(host: { id: string }, to: string) {
  return prisma.host.update({ where: { id: host.id }, data: { id: to } }); // want "update on tenant-scoped \"Host\" does not filter by the tenant"
}

export async function addRenamedHost(organizationId: string, id: string, to: string) {
  let host = await prisma.host.findFirst({ where: { id, organizationId } });
  if (!host) throw new Error("not found");
  host = await renameHost(host, to);
  await prisma.host.delete({ where: { id: host.id } }); // want "delete on tenant-scoped \"Host\" does not filter by the tenant"
}

// The helper may give back another row on one of its paths.
async function checkOrOther(host: { id: string }, other: string | null) {
  if (other) return prisma.host.findUnique({ where: { id: other } }); // want "findUnique on tenant-scoped \"Host\" does not filter by the tenant"
  return prisma.host.update({ where: { id: host.id }, data: { status: "ONLINE" } }); // want "update on tenant-scoped \"Host\" does not filter by the tenant"
}

export async function addCheckedOrOther(organizationId: string, id: string, other: string | null) {
  let host = await prisma.host.findFirst({ where: { id, organizationId } });
  if (!host) throw new Error("not found");
  host = await checkOrOther(host, other);
  if (!host) throw new Error("gone");
  await prisma.host.delete({ where: { id: host.id } }); // want "delete on tenant-scoped \"Host\" does not filter by the tenant"
}

// The helper writes a row of another model by the row's id.
async function touchKey(host: { id: string }) {
  return prisma.apiKey.update({ where: { id: host.id }, data: {} }); // want "update on tenant-scoped \"ApiKey\" does not filter by the tenant"
}

export async function addTouchedKey(organizationId: string, id: string) {
  let host: { id: string } = (await prisma.host.findFirst({ where: { id, organizationId } }))!;
  host = await touchKey(host);
  await prisma.host.delete({ where: { id: host.id } }); // want "delete on tenant-scoped \"Host\" does not filter by the tenant"
}

// Not awaited, the let holds a promise.
export async function addHostUnawaited(organizationId: string, id: string) {
  let host: any = await prisma.host.findFirst({ where: { id, organizationId } });
  if (!host) throw new Error("not found");
  host = checkHost(host);
  await prisma.host.delete({ where: { id: host.id } }); // want "delete on tenant-scoped \"Host\" does not filter by the tenant"
}

// A const arrow helper of the file reads as a declared one.
const checkHostArrow = async (host: { id: string; url: string }) => {
  console.log(host.url);
  return prisma.host.update({ where: { id: host.id }, data: { status: "ONLINE" } }); // want "update on tenant-scoped \"Host\" does not filter by the tenant"
};

export async function addHostArrow(organizationId: string, id: string) {
  let host = await prisma.host.findFirst({ where: { id, organizationId } });
  if (!host) throw new Error("not found");
  host = await checkHostArrow(host);
  await prisma.host.delete({ where: { id: host.id } });
}

// Twins. An inner block of the helper names another row as its parameter.
async function shadowHost(host: { id: string }, to: string) {
  if (to) {
    const host = { id: to };
    return prisma.host.update({ where: { id: host.id }, data: { status: "ONLINE" } }); // want "update on tenant-scoped \"Host\" does not filter by the tenant"
  }
  return prisma.host.update({ where: { id: host.id }, data: { status: "ONLINE" } }); // want "update on tenant-scoped \"Host\" does not filter by the tenant"
}

export async function addShadowedHost(organizationId: string, id: string, to: string) {
  let host = await prisma.host.findFirst({ where: { id, organizationId } });
  if (!host) throw new Error("not found");
  host = await shadowHost(host, to);
  await prisma.host.delete({ where: { id: host.id } }); // want "delete on tenant-scoped \"Host\" does not filter by the tenant"
}

// The helper hands its parameter whole to a call that writes its id.
async function assignHost(host: { id: string }, input: { id: string }) {
  Object.assign(host, input);
  return prisma.host.update({ where: { id: host.id }, data: { status: "ONLINE" } }); // want "update on tenant-scoped \"Host\" does not filter by the tenant"
}

export async function addAssignedHost(organizationId: string, id: string, input: { id: string }) {
  let host = await prisma.host.findFirst({ where: { id, organizationId } });
  if (!host) throw new Error("not found");
  host = await assignHost(host, input);
  await prisma.host.delete({ where: { id: host.id } }); // want "delete on tenant-scoped \"Host\" does not filter by the tenant"
}

// The caller writes the handed-back row's id before the call.
export async function addHostRekeyedAfter(organizationId: string, id: string, input: { id: string }) {
  let host = await prisma.host.findFirst({ where: { id, organizationId } });
  if (!host) throw new Error("not found");
  host = await checkHost(host);
  Object.assign(host, input);
  await prisma.host.delete({ where: { id: host.id } }); // want "delete on tenant-scoped \"Host\" does not filter by the tenant"
}

// The hand-back runs in a callback, later, on whatever the let then holds.
export async function addHostLater(organizationId: string, id: string, other: { id: string }) {
  let host = await prisma.host.findFirst({ where: { id, organizationId } });
  if (!host) throw new Error("not found");
  setTimeout(async () => {
    host = await checkHost(host!);
    host = other as any;
  }, 10);
  await prisma.host.delete({ where: { id: host.id } }); // want "delete on tenant-scoped \"Host\" does not filter by the tenant"
}

// Found with the tenant, or else made in it through the tenant's
// relation, then handed to the helper (interval's host route).
export async function addOrMakeHost(organizationId: string, id: string) {
  let host = await prisma.host.findFirst({ where: { id, organizationId } });
  if (!host) {
    host = await prisma.host.create({
      data: { id, status: "OFFLINE", organization: { connect: { id: organizationId } }, apiKey: { connect: { id: "k" } } }, // want "create on \"Host\" links a \"ApiKey\" by \\{ id \\} alone"
    });
  }
  host = await checkHost(host);
  await prisma.host.delete({ where: { id: host.id } });
}

// Twin: the tenant's relation is connected or created, which may make
// the tenant row anew from what the caller gave.
export async function addOrMakeHostAnywhere(organizationId: string, id: string, org: { id: string }) {
  let host = await prisma.host.findFirst({ where: { id, organizationId } });
  if (!host) {
    host = await prisma.host.create({
      data: {
        id,
        status: "OFFLINE",
        organization: { connectOrCreate: { where: { id: org.id }, create: { id: org.id } } },
        apiKey: { connect: { id: "k" } }, // want "create on \"Host\" links a \"ApiKey\" by \\{ id \\} alone"
      },
    });
  }
  host = await checkHost(host);
  await prisma.host.delete({ where: { id: host.id } }); // want "delete on tenant-scoped \"Host\" does not filter by the tenant"
}

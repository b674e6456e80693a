import { prisma } from "./db";
import { PrismaClient } from "@prisma/client";

// B: a row proven the tenant's, handed to a helper that writes it back
// by its own key; then a write by the key of what the helper gave back.

// Twin kept quiet: a select that keeps the key.
async function checkHostSelectedKey(host: { id: string }) {
  return prisma.host.update({ where: { id: host.id }, data: { status: "ONLINE" }, select: { id: true, status: true } }); // want "update on tenant-scoped \"Host\" does not filter by the tenant"
}

export async function selectedKeyHosts(organizationId: string, id: string) {
  let host: any = await prisma.host.findFirst({ where: { id, organizationId } });
  if (!host) throw new Error("not found");
  host = await checkHostSelectedKey(host);
  await prisma.host.deleteMany({ where: { id: host.id } });
}

// The helper rekeys its parameter through arguments.
async function checkHostArguments(host: { id: string }, to: string) {
  arguments[0].id = to;
  return prisma.host.update({ where: { id: host.id }, data: { status: "ONLINE" } }); // want "update on tenant-scoped \"Host\" does not filter by the tenant"
}

export async function argumentsHosts(organizationId: string, id: string, to: string) {
  let host = await prisma.host.findFirst({ where: { id, organizationId } });
  if (!host) throw new Error("not found");
  host = await checkHostArguments(host, to);
  await prisma.host.delete({ where: { id: host.id } }); // want "delete on tenant-scoped \"Host\" does not filter by the tenant"
}

// The helper's update runs on an object of its own, which gives back
// whatever it likes (another id here): reported there, and the row it
// hands back proves no key.
const fake = { host: { update: async (_: unknown) => ({ id: "other", status: "ONLINE" }) } };
async function checkHostFake(host: { id: string }) {
  return fake.host.update({ where: { id: host.id }, data: { status: "ONLINE" } }); // want "update on tenant-scoped \"Host\" does not filter by the tenant"
}

export async function fakeHosts(organizationId: string, id: string) {
  let host = await prisma.host.findFirst({ where: { id, organizationId } });
  if (!host) throw new Error("not found");
  host = (await checkHostFake(host)) as any;
  await prisma.host.delete({ where: { id: host!.id } }); // want "delete on tenant-scoped \"Host\" does not filter by the tenant"
}

// The helper declared twice: the later one is the function called.
async function checkHostTwice(host: { id: string }) {
  return prisma.host.update({ where: { id: host.id }, data: { status: "ONLINE" } }); // want "update on tenant-scoped \"Host\" does not filter by the tenant"
}
// @ts-ignore
async function checkHostTwice(host: { id: string }, other = "x") {
  return prisma.host.update({ where: { id: other }, data: { status: host.id } }); // want "update on tenant-scoped \"Host\" does not filter by the tenant"
}

export async function twiceHosts(organizationId: string, id: string) {
  let host = await prisma.host.findFirst({ where: { id, organizationId } });
  if (!host) throw new Error("not found");
  host = await checkHostTwice(host);
  await prisma.host.delete({ where: { id: host.id } }); // want "delete on tenant-scoped \"Host\" does not filter by the tenant"
}

// Twin kept quiet: the helper's update on another client still finds
// the row by the key it was handed, and gives that key back.
const replica = new PrismaClient();
async function checkHostReplica(host: { id: string }) {
  return replica.host.update({ where: { id: host.id }, data: { status: "ONLINE" } }); // want "update on tenant-scoped \"Host\" does not filter by the tenant"
}

export async function replicaHosts(organizationId: string, id: string) {
  let host = await prisma.host.findFirst({ where: { id, organizationId } });
  if (!host) throw new Error("not found");
  host = await checkHostReplica(host);
  await prisma.host.delete({ where: { id: host.id } });
}

// The helper hands its parameter to an inner function by closure.
async function checkHostClosure(host: { id: string }, to: string) {
  const rekey = () => Object.assign(host, { id: to });
  rekey();
  return prisma.host.update({ where: { id: host.id }, data: { status: "ONLINE" } }); // want "update on tenant-scoped \"Host\" does not filter by the tenant"
}

export async function closureHosts(organizationId: string, id: string, to: string) {
  let host = await prisma.host.findFirst({ where: { id, organizationId } });
  if (!host) throw new Error("not found");
  host = await checkHostClosure(host, to);
  await prisma.host.delete({ where: { id: host.id } }); // want "delete on tenant-scoped \"Host\" does not filter by the tenant"
}

// The row handed twice: the helper rekeys it under its first name and
// writes it by its second.
async function checkHostPair(first: { id: string }, second: { id: string }, to: string) {
  first.id = to;
  return prisma.host.update({ where: { id: second.id }, data: { status: "ONLINE" } }); // want "update on tenant-scoped \"Host\" does not filter by the tenant"
}

export async function pairHosts(organizationId: string, id: string, to: string) {
  let host = await prisma.host.findFirst({ where: { id, organizationId } });
  if (!host) throw new Error("not found");
  host = await checkHostPair(host, host, to);
  await prisma.host.delete({ where: { id: host.id } }); // want "delete on tenant-scoped \"Host\" does not filter by the tenant"
}

// The row handed inside an object as well.
async function checkHostBoxed(box: { h: { id: string } }, host: { id: string }, to: string) {
  box.h.id = to;
  return prisma.host.update({ where: { id: host.id }, data: { status: "ONLINE" } }); // want "update on tenant-scoped \"Host\" does not filter by the tenant"
}

export async function boxedHosts(organizationId: string, id: string, to: string) {
  let host = await prisma.host.findFirst({ where: { id, organizationId } });
  if (!host) throw new Error("not found");
  host = await checkHostBoxed({ h: host }, host, to);
  await prisma.host.delete({ where: { id: host.id } }); // want "delete on tenant-scoped \"Host\" does not filter by the tenant"
}

// The helper rekeys the row through a module-level holder the caller
// filled.
let lastHost: { id: string } | undefined;
async function checkHostHeld(host: { id: string }, to: string) {
  if (lastHost) lastHost.id = to;
  return prisma.host.update({ where: { id: host.id }, data: { status: "ONLINE" } }); // want "update on tenant-scoped \"Host\" does not filter by the tenant"
}

export async function heldHosts(organizationId: string, id: string, to: string) {
  let host = await prisma.host.findFirst({ where: { id, organizationId } });
  if (!host) throw new Error("not found");
  lastHost = host;
  host = await checkHostHeld(host, to);
  await prisma.host.delete({ where: { id: host.id } }); // want "delete on tenant-scoped \"Host\" does not filter by the tenant"
}

// Twins kept quiet: the module holder given the row's key only, and a
// name of the function's own given the row.
let lastHostId: string | undefined;
export async function heldKeyHosts(organizationId: string, id: string, to: string) {
  let host = await prisma.host.findFirst({ where: { id, organizationId } });
  if (!host) throw new Error("not found");
  lastHostId = host.id;
  host = await checkHostSelectedKey(host);
  await prisma.host.delete({ where: { id: host.id } });
}

export async function localHeldHosts(organizationId: string, id: string) {
  let host = await prisma.host.findFirst({ where: { id, organizationId } });
  if (!host) throw new Error("not found");
  let seen: { id: string } | undefined;
  seen = host;
  console.log(seen.id);
  host = await checkHostSelectedKey(host);
  await prisma.host.delete({ where: { id: host.id } });
}

// The same for a const row, and a function of the file that rekeys it
// through the module's holder.
function rekeyHeld(to: string) {
  if (lastHost) lastHost.id = to;
}

export async function heldConstHosts(organizationId: string, id: string, to: string) {
  const host = await prisma.host.findFirst({ where: { id, organizationId } });
  if (!host) throw new Error("not found");
  lastHost = host;
  rekeyHeld(to);
  await prisma.host.delete({ where: { id: host.id } }); // want "delete on tenant-scoped \"Host\" does not filter by the tenant"
}

// A name of the function's own given the row, which a closure of the
// function rekeys.
export async function closureHeldHosts(organizationId: string, id: string, to: string) {
  let holder: { id: string } | undefined;
  const rekey = () => {
    if (holder) holder.id = to;
  };
  const host = await prisma.host.findFirst({ where: { id, organizationId } });
  if (!host) throw new Error("not found");
  holder = host;
  rekey();
  await prisma.host.delete({ where: { id: host.id } }); // want "delete on tenant-scoped \"Host\" does not filter by the tenant"
}

import { PrismaClient } from "@prisma/client";
import { prisma } from "./db";

type Input = { projectId: string; orgId: number; title: string };

// Objects the file visibly makes that are no client of the schema: an
// instance of its own class, a member of an object literal, the result of
// an arrow function returning one, a choice that may give one.
class MemoryProjects {
  project = { findFirst: async (_: unknown) => ({ id: "x", organizationId: 1 }) };
}

const makeFake = (input: Input) => ({ project: { findFirst: async (_: unknown) => ({ id: input.projectId, organizationId: input.orgId }) } });

export async function localClassInstance(input: Input) {
  const db = new MemoryProjects();
  const p = await db.project.findFirst({ where: { id: input.projectId, organizationId: input.orgId } });
  if (!p) throw new Error("not found");
  await prisma.project.update({ where: { id: p.id }, data: { name: input.title } }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
}

export async function literalMember(input: Input) {
  const deps = { db: { project: { findFirst: async (_: unknown) => ({ id: input.projectId, organizationId: input.orgId }) } } };
  const p = await deps.db.project.findFirst({ where: { id: input.projectId, organizationId: input.orgId } });
  if (!p) throw new Error("not found");
  await prisma.project.update({ where: { id: p.id }, data: { name: input.title } }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
}

export async function arrowFactory(input: Input) {
  const db = makeFake(input);
  const p = await db.project.findFirst({ where: { id: input.projectId, organizationId: input.orgId } });
  if (!p) throw new Error("not found");
  await prisma.project.update({ where: { id: p.id }, data: { name: input.title } }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
}

export async function eitherClient(input: Input, real: PrismaClient | undefined) {
  const db: any = real ?? makeFake(input);
  const p = await db.project.findFirst({ where: { id: input.projectId, organizationId: input.orgId } });
  if (!p) throw new Error("not found");
  await prisma.project.update({ where: { id: p.id }, data: { name: input.title } }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
}

// Near misses, silent: a member of an object literal holding the client,
// and an instance of the file's own class extending PrismaClient.
export async function literalHoldingClient(input: Input) {
  const deps = { db: prisma };
  const p = await deps.db.project.findFirst({ where: { id: input.projectId, organizationId: input.orgId } });
  if (!p) throw new Error("not found");
  await prisma.project.update({ where: { id: p.id }, data: { name: input.title } });
}

class ExtendedClient extends PrismaClient {}

export async function extendedClient(input: Input) {
  const db = new ExtendedClient();
  const p = await db.project.findFirst({ where: { id: input.projectId, organizationId: input.orgId } });
  if (!p) throw new Error("not found");
  await prisma.project.update({ where: { id: p.id }, data: { name: input.title } });
}

// Near misses, silent: a class of the file extending one that extends
// PrismaClient, and a service extending a class from elsewhere.
class AuditedClient extends ExtendedClient {}
declare const Base: typeof PrismaClient;
class ServiceClient extends Base {}

export async function extendedTwice(input: Input) {
  const db = new AuditedClient();
  const other = new ServiceClient();
  const p = await db.project.findFirst({ where: { id: input.projectId, organizationId: input.orgId } });
  const q = await other.project.findFirst({ where: { id: input.projectId, organizationId: input.orgId } });
  if (!p || !q) throw new Error("not found");
  await prisma.project.update({ where: { id: p.id }, data: { name: input.title } });
  await prisma.project.update({ where: { id: q.id }, data: { name: input.title } });
}

// A class of the file extending one that is no client: reported.
class Stub {
  project = { findFirst: async (_: unknown) => ({ id: "x", organizationId: 1 }) };
}
class StubChild extends Stub {}

export async function extendedStub(input: Input) {
  const db = new StubChild();
  const p = await db.project.findFirst({ where: { id: input.projectId, organizationId: input.orgId } });
  if (!p) throw new Error("not found");
  await prisma.project.update({ where: { id: p.id }, data: { name: input.title } }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
}

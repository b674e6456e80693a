import cuid from "cuid";
import { prisma } from "./db";

type Body = { id?: string; name: string };
declare function recordId(id: string): Promise<void>;

// Near misses of a fresh id joined into a string before its upsert: a
// template that is the id alone, inline or through a const, or one a raw
// query is given, which may write a row with the id first.

export async function wholeTemplate(body: Body, orgId: string) {
  if (body?.id) {
    const existing = await prisma.datasource.findUnique({ where: { id: body.id } });
    if (existing && existing.organizationId !== orgId) throw new Error("Unauthorized");
  }
  const id = body?.id || cuid();
  await recordId(`${id}`);
  return prisma.datasource.upsert({ where: { id }, create: { id, name: body.name, status: "new", organizationId: orgId, ownerId: "u" }, update: { name: body.name } }); // want "upsert on tenant-scoped \"Datasource\" does not filter by the tenant"
}

export async function rawInsert(body: Body, orgId: string, otherOrg: string) {
  if (body?.id) {
    const existing = await prisma.datasource.findUnique({ where: { id: body.id } });
    if (existing && existing.organizationId !== orgId) throw new Error("Unauthorized");
  }
  const id = body?.id || cuid();
  await prisma.$executeRawUnsafe(`INSERT INTO "Datasource" (id, "organizationId") VALUES ('${id}', '${otherOrg}')`); // want "cannot see the SQL of"
  return prisma.datasource.upsert({ where: { id }, create: { id, name: body.name, status: "new", organizationId: orgId, ownerId: "u" }, update: { name: body.name } }); // want "upsert on tenant-scoped \"Datasource\" does not filter by the tenant"
}

export async function aliasedString(body: Body, orgId: string) {
  if (body?.id) {
    const existing = await prisma.datasource.findUnique({ where: { id: body.id } });
    if (existing && existing.organizationId !== orgId) throw new Error("Unauthorized");
  }
  const id = body?.id || cuid();
  const key = `${id}`;
  await recordId(key);
  return prisma.datasource.upsert({ where: { id }, create: { id, name: body.name, status: "new", organizationId: orgId, ownerId: "u" }, update: { name: body.name } }); // want "upsert on tenant-scoped \"Datasource\" does not filter by the tenant"
}

export async function laterInString(body: Body, orgId: string) {
  if (body?.id) {
    const existing = await prisma.datasource.findUnique({ where: { id: body.id } });
    if (existing && existing.organizationId !== orgId) throw new Error("Unauthorized");
  }
  const id = body?.id || cuid();
  const up = prisma.datasource.upsert({ where: { id }, create: { id, name: body.name, status: "new", organizationId: orgId, ownerId: "u" }, update: { name: body.name } }); // want "upsert on tenant-scoped \"Datasource\" does not filter by the tenant"
  await recordId(id);
  return up;
}

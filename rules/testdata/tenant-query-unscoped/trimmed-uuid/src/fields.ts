import { prisma } from "./db";

declare function uuidv4(): string;

// The key of a row just created in the tenant, trimmed: a uuid column
// reads it as the same uuid (panora's custom fields).
export async function createField(projectId: string) {
  const attribute = await prisma.attribute.create({ data: { id: uuidv4(), projectId, status: "defined" } });
  return prisma.attribute.update({ where: { id: attribute.id.trim() }, data: { status: "mapped" } });
}

// A text column holds " x" and "x" as two keys.
export async function textKey(projectId: string) {
  const note = await prisma.note.create({ data: { id: uuidv4(), projectId, status: "defined" } });
  return prisma.note.update({ where: { id: note.id.trim() }, data: { status: "mapped" } }); // want "update on tenant-scoped \"Note\" does not filter by the tenant"
}

// Another method gives another string.
export async function sliced(projectId: string) {
  const attribute = await prisma.attribute.create({ data: { id: uuidv4(), projectId, status: "defined" } });
  return prisma.attribute.update({ where: { id: attribute.id.slice(1) }, data: { status: "mapped" } }); // want "update on tenant-scoped \"Attribute\" does not filter by the tenant"
}

// A key from the request, never checked.
export async function unchecked(attributeId: string) {
  return prisma.attribute.update({ where: { id: attributeId.trim() }, data: { status: "mapped" } }); // want "update on tenant-scoped \"Attribute\" does not filter by the tenant"
}

import { prisma } from "./db";

// briefer's duplicateDocument: each part is copied under the copy of its
// parent, taken from a worklist of the copies the function made in the
// tenant.
export async function duplicatePart(id: string, orgId: string) {
  const source = await prisma.attachment.findUniqueOrThrow({ where: { id, orgId } });
  const copy = await prisma.attachment.create({ data: { orgId, status: source.status } });
  const work: { old: any; made: any }[] = [{ old: source, made: copy }];
  let current = work.pop();
  while (current) {
    const parts = await prisma.attachment.findMany({ where: { parentId: current.old.id, orgId } });
    for (const part of parts) {
      const made = await prisma.attachment.create({ data: { orgId: part.orgId, status: part.status, parentId: current.made.id } });
      work.push({ old: part, made });
    }
    current = work.pop();
  }
}

// A worklist that also takes a row from the request, one whose copy is
// not a create, one handed to a function, one whose entry is changed.
export async function duplicatePartOther(id: string, orgId: string, body: any, fill: (w: any[]) => void) {
  const source = await prisma.attachment.findUniqueOrThrow({ where: { id, orgId } });
  const copy = await prisma.attachment.create({ data: { orgId, status: source.status } });
  const work = [{ old: source, made: copy }];
  work.push({ old: source, made: body.parent });
  let current = work.pop();
  while (current) {
    await prisma.attachment.create({ data: { orgId, status: "copy", parentId: current.made.id } }); // want "create on \"Attachment\" links a \"Attachment\" by \"parentId\" alone"
    current = work.pop();
  }
  const found = await prisma.attachment.findFirst({ where: { id: body.id } }); // want "findFirst on tenant-scoped \"Attachment\" does not filter by the tenant"
  const list = [{ made: copy }, { made: found }];
  let next = list.shift();
  while (next) {
    await prisma.attachment.create({ data: { orgId, status: "copy", parentId: next.made.id } }); // want "create on \"Attachment\" links a \"Attachment\" by \"parentId\" alone"
    next = list.shift();
  }
  const handed = [{ made: copy }];
  fill(handed);
  let item = handed.pop();
  while (item) {
    await prisma.attachment.create({ data: { orgId, status: "copy", parentId: item.made.id } }); // want "create on \"Attachment\" links a \"Attachment\" by \"parentId\" alone"
    item = handed.pop();
  }
  const patched = [{ made: copy }];
  let entry = patched.pop();
  while (entry) {
    entry.made = body.parent;
    await prisma.attachment.create({ data: { orgId, status: "copy", parentId: entry.made.id } }); // want "create on \"Attachment\" links a \"Attachment\" by \"parentId\" alone"
    entry = patched.pop();
  }
  const more = [{ made: copy }];
  let taken = more.pop();
  taken = body.entry;
  await prisma.attachment.create({ data: { orgId, status: "copy", parentId: taken.made.id } }); // want "create on \"Attachment\" links a \"Attachment\" by \"parentId\" alone"
}

// The entry aliased, and changed through the alias.
export async function duplicatePartAliased(id: string, orgId: string, body: any) {
  const copy = await prisma.attachment.create({ data: { orgId, status: "copy" } });
  const work = [{ made: copy }];
  let current = work.pop();
  while (current) {
    const held = current;
    held.made = body.parent;
    await prisma.attachment.create({ data: { orgId, status: "copy", parentId: current.made.id } }); // want "create on \"Attachment\" links a \"Attachment\" by \"parentId\" alone"
    current = work.pop();
  }
}

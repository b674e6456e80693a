import { prisma } from "./db";

function touch(row: any) {
  row.id = "elsewhere";
}

// An entry's row given another name, or handed on, may be changed there:
// the copy it names is no longer the one made in the tenant.
export async function duplicateHeld(orgId: string, body: any) {
  const copy = await prisma.attachment.create({ data: { orgId, status: "copy" } });
  const work = [{ made: copy }];
  let current = work.pop();
  while (current) {
    const held = current.made;
    held.id = body.id;
    await prisma.attachment.create({ data: { orgId, status: "copy", parentId: current.made.id } }); // want "create on \"Attachment\" links a \"Attachment\" by \"parentId\" alone"
    current = work.pop();
  }
}

export async function duplicateHanded(orgId: string) {
  const copy = await prisma.attachment.create({ data: { orgId, status: "copy" } });
  const work = [{ made: copy }];
  let current = work.pop();
  while (current) {
    touch(current.made);
    await prisma.attachment.create({ data: { orgId, status: "copy", parentId: current.made.id } }); // want "create on \"Attachment\" links a \"Attachment\" by \"parentId\" alone"
    current = work.pop();
  }
}

// The twin: the entry's row only read through, plainly or optionally.
export async function duplicateRead(orgId: string) {
  const copy = await prisma.attachment.create({ data: { orgId, status: "copy" } });
  const work = [{ made: copy }];
  let current = work.pop();
  while (current) {
    if (current.made?.status === "gone") break;
    await prisma.attachment.create({ data: { orgId, status: "copy", parentId: current.made.id } });
    current = work.pop();
  }
}

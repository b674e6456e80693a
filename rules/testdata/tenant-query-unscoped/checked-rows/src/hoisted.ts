declare const prisma: any;

// A nested function declaration is hoisted: called before the lookup and
// its check, its query runs on an id nothing has checked yet.
export async function calledBeforeCheck(teamId: string, id: string) {
  await remove();
  const doc = await prisma.document.findUnique({ where: { id } });
  if (!doc || doc.teamId !== teamId) throw new Error("not found");
  async function remove() {
    await prisma.document.delete({ where: { id } }); // want "delete on tenant-scoped \"Document\" does not filter by the tenant"
  }
}

// Twin: declared after the check and used only below its declaration,
// the declaration's query runs after the check. (Used above it, even past
// the check, it stays reported: the rule does not order the uses.)
export async function calledAfterCheck(teamId: string, id: string) {
  const doc = await prisma.document.findUnique({ where: { id } });
  if (!doc || doc.teamId !== teamId) throw new Error("not found");
  async function remove() {
    await prisma.document.delete({ where: { id } });
  }
  await remove();
}

// Object.assign copies the body's keys, its id among them, onto the
// checked row: its id is no longer the one the check saw.
export async function assignedOnto(teamId: string, id: string, body: { id: string }) {
  const doc = await prisma.document.findUnique({ where: { id } });
  if (!doc || doc.teamId !== teamId) throw new Error("not found");
  Object.assign(doc, body);
  await prisma.document.update({ where: { id: doc.id }, data: {} }); // want "update on tenant-scoped \"Document\" does not filter by the tenant"
}

// Twin: copied onto another object, the row keeps its id.
export async function assignedCopy(teamId: string, id: string, body: { sheet: boolean }) {
  const doc = await prisma.document.findUnique({ where: { id } });
  if (!doc || doc.teamId !== teamId) throw new Error("not found");
  const next = Object.assign({}, doc, body);
  await prisma.document.update({ where: { id: doc.id }, data: { sheet: next.sheet } });
}

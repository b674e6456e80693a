declare const prisma: any;

// A let holding a checked row's id, then given other ids by a loop's
// header: the call after the test touches another row. Twin: no loop.
export async function loopedLetId(id: string, teamId: string, others: string[]) {
  let docId: string | undefined;
  const doc = await prisma.document.findFirst({ where: { id, teamId } });
  docId = doc?.id;
  for (docId of others) {
    void 0;
  }
  if (docId) {
    await prisma.document.delete({ where: { id: docId } }); // want "delete on tenant-scoped \"Document\" does not filter by the tenant"
  }
}

export async function letId(id: string, teamId: string) {
  let docId: string | undefined;
  const doc = await prisma.document.findFirst({ where: { id, teamId } });
  docId = doc?.id;
  if (docId) {
    await prisma.document.delete({ where: { id: docId } });
  }
}

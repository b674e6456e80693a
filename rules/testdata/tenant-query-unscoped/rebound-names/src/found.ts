declare const prisma: any;

// A lookup with the tenant proves its key only when the function leaves
// on its row missing: a test of the name after it was given another value
// tests that value.
export async function foundThenReplaced(teamId: string, id: string, given: any) {
  let doc = await prisma.document.findFirst({ where: { id, teamId } });
  doc = given.doc;
  if (!doc) throw new Error("not found");
  await prisma.document.delete({ where: { id } }); // want "delete on tenant-scoped \"Document\" does not filter"
}

export async function foundOrFallback(teamId: string, id: string, given: any) {
  let doc = await prisma.document.findFirst({ where: { id, teamId } });
  if (!doc) doc = given.doc;
  if (!doc) throw new Error("not found");
  await prisma.document.delete({ where: { id } }); // want "delete on tenant-scoped \"Document\" does not filter"
}

export async function foundOtherInBlock(teamId: string, documentId: string, linkId: string, given: any) {
  const link = await prisma.link.findFirst({ where: { id: linkId, document: { id: documentId, teamId } } });
  if (given.x) {
    const link = given.link;
    if (!link) return null;
    await prisma.document.delete({ where: { id: documentId } }); // want "delete on tenant-scoped \"Document\" does not filter"
  }
  return link;
}

export async function nestedThenReplaced(teamId: string, documentId: string, linkId: string, given: any) {
  let link = await prisma.link.findFirst({ where: { id: linkId, document: { id: documentId, teamId } } });
  link = given.link;
  if (!link) return null;
  await prisma.document.delete({ where: { id: documentId } }); // want "delete on tenant-scoped \"Document\" does not filter"
}

// The twins: the test reads the lookup's own row.
export async function foundKept(teamId: string, id: string, given: any) {
  let doc = await prisma.document.findFirst({ where: { id, teamId } });
  if (!doc) throw new Error("not found");
  doc = given.doc;
  await prisma.document.delete({ where: { id } });
  return doc;
}

export async function foundInBranchThenReplaced(teamId: string, id: string, given: any) {
  let doc = await prisma.document.findFirst({ where: { id, teamId } });
  if (doc) {
    doc = given.doc;
    await prisma.document.delete({ where: { id } });
  }
  return doc;
}

export async function nestedKept(teamId: string, documentId: string, linkId: string, given: any) {
  let link = await prisma.link.findFirst({ where: { id: linkId, document: { id: documentId, teamId } } });
  if (!link) return null;
  link = given.link;
  await prisma.document.delete({ where: { id: documentId } });
  return link;
}

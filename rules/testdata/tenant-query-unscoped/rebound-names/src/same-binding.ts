declare const prisma: any;

// The twins of blocks.ts and other-proofs.ts: an inner block that reads
// the checked binding itself, or whose own const of the name is checked
// in that block, and a name given its value before the check.
export async function outerIdInBlocks(teamId: string, id: string, documentId: string, ids: string[], given: any) {
  const doc = await prisma.document.findFirst({ where: { id, teamId } });
  if (!doc) throw new Error("not found");
  if (given.x) {
    const other = given.id;
    await prisma.document.delete({ where: { id } });
    void other;
  }
  const run = async () => {
    await prisma.document.update({ where: { id: doc.id }, data: {} });
  };
  await run();
}

export async function outerParentInBlock(teamId: string, documentId: string, given: any) {
  const doc = await prisma.document.findUnique({ where: { id: documentId } });
  if (!doc || doc.teamId !== teamId) throw new Error("not found");
  if (given.x) {
    await prisma.link.deleteMany({ where: { documentId } });
  }
}

export async function innerParentCheckedInBlock(teamId: string, documentId: string, given: any) {
  const doc = await prisma.document.findUnique({ where: { id: documentId } });
  if (!doc || doc.teamId !== teamId) throw new Error("not found");
  if (given.x) {
    const documentId = given.id;
    const other = await prisma.document.findUnique({ where: { id: documentId } });
    if (!other || other.teamId !== teamId) throw new Error("not found");
    await prisma.link.deleteMany({ where: { documentId } });
  }
}

export async function outerCountedInBlock(teamId: string, ids: string[], given: any) {
  const docs = await prisma.document.findMany({ where: { id: { in: ids }, teamId } });
  if (docs.length !== ids.length) throw new Error("not found");
  if (given.x) {
    for (const id of ids) await prisma.document.update({ where: { id }, data: {} });
  }
}

export async function innerComparedInBlock(teamId: string, id: string, given: any) {
  if (given.x) {
    const doc = await prisma.document.findUnique({ where: { id: given.id } });
    if (!doc || doc.teamId !== teamId) throw new Error("not found");
    return doc;
  }
  const doc = await prisma.document.findUnique({ where: { id } });
  if (!doc || doc.teamId !== teamId) throw new Error("not found");
  return doc;
}

export async function outerNestedInBlock(teamId: string, documentId: string, linkId: string, given: any) {
  const link = await prisma.link.findFirst({ where: { id: linkId, document: { id: documentId, teamId } } });
  if (!link) return null;
  if (given.x) {
    await prisma.document.delete({ where: { id: documentId } });
  }
}

export async function outerLoadedInBlock(teamId: string, dataroomId: string, given: any) {
  const team = await prisma.team.findUnique({ where: { id: teamId }, include: { datarooms: { where: { id: dataroomId } } } });
  if (!team || team.datarooms.length === 0) return null;
  if (given.x) {
    await prisma.dataroomDocument.findMany({ where: { dataroomId } });
  }
}

export async function outerHeldInBlock(teamId: string, documentId: string, given: any) {
  const team = await prisma.team.findFirst({ where: { id: teamId, documents: { some: { id: documentId } } } });
  if (!team) throw new Error("not found");
  if (given.x) {
    await prisma.document.delete({ where: { id: documentId } });
  }
}

// A row replaced by the result of a lookup with the tenant, or of one
// compared with it, is still a row of the tenant.
export async function requeriedChecked(teamId: string, id: string, other: string) {
  let doc = await prisma.document.findFirst({ where: { id, teamId } });
  if (!doc) throw new Error("not found");
  await prisma.document.update({ where: { id: doc.id }, data: {} });
  doc = await prisma.document.findFirst({ where: { id: other, teamId } });
  if (!doc) throw new Error("not found");
  await prisma.document.update({ where: { id: doc.id }, data: {} });
  doc = await prisma.document.findUnique({ where: { id: other } });
  if (!doc || doc.teamId !== teamId) throw new Error("not found");
  await prisma.document.update({ where: { id: doc.id }, data: {} });
}

// Replaced by the result of a write by a key proven before it (inbox-zero's
// follow-up tracker): that write is not reported, and its row is the
// tenant's.
export async function requeriedByProvenKey(teamId: string, id: string) {
  const checked = await prisma.document.findFirst({ where: { id, teamId } });
  if (!checked) throw new Error("not found");
  let doc = await prisma.document.findFirst({ where: { id, teamId } });
  if (!doc) throw new Error("not found");
  doc = await prisma.document.update({ where: { id: checked.id }, data: { sheet: true } });
  await prisma.link.deleteMany({ where: { documentId: doc.id } });
}

// Given its value before the check, the name holds the checked value.
export async function assignedBeforeCheck(teamId: string, input: any) {
  let documentId = input.id;
  documentId = documentId.trim();
  const doc = await prisma.document.findUnique({ where: { id: documentId } });
  if (!doc || doc.teamId !== teamId) throw new Error("not found");
  await prisma.link.deleteMany({ where: { documentId } });
}

// Rows compared, or created, in the block of their own const of the name.
export async function innerRowsComparedInBlock(teamId: string, ids: string[], given: any) {
  if (given.x) {
    const docs = await prisma.document.findMany({ where: { id: { in: given.ids } } });
    if (docs.some((d: any) => d.teamId !== teamId)) throw new Error("not found");
    return docs;
  }
  const docs = await prisma.document.findMany({ where: { id: { in: ids } } });
  if (docs.some((d: any) => d.teamId !== teamId)) throw new Error("not found");
  return docs;
}

export async function innerCreatedInBlock(teamId: string, given: any) {
  const { id: docId } = await prisma.document.create({ data: { teamId, sheet: false } });
  if (given.x) {
    const { id: docId } = await prisma.document.create({ data: { teamId, sheet: true } });
    await prisma.link.deleteMany({ where: { documentId: docId } });
  }
  await prisma.link.deleteMany({ where: { documentId: docId } });
  const doc = await prisma.document.create({ data: { teamId, sheet: false } });
  {
    const doc = await prisma.document.create({ data: { teamId, sheet: true } });
    await prisma.link.findMany({ where: { documentId: doc.id } });
  }
  await prisma.link.findMany({ where: { documentId: doc.id } });
}

declare const prisma: any;

// A row compared with the tenant in an inner block is that block's row.
export async function comparedOtherRow(teamId: string, id: string, given: any) {
  const doc = await prisma.document.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Document\" does not filter"
  if (given.x) {
    const doc = given.doc;
    if (doc.teamId !== teamId) throw new Error("not found");
  }
  return doc;
}

// An id filtered with the tenant through a relation of another lookup.
export async function nestedInBlock(teamId: string, documentId: string, linkId: string, given: any) {
  const link = await prisma.link.findFirst({ where: { id: linkId, document: { id: documentId, teamId } } });
  if (!link) return null;
  if (given.x) {
    const documentId = given.id;
    await prisma.document.delete({ where: { id: documentId } }); // want "delete on tenant-scoped \"Document\" does not filter"
  }
}

// An id loaded with the tenant's own row, not empty.
export async function loadedInBlock(teamId: string, dataroomId: string, given: any) {
  const team = await prisma.team.findUnique({ where: { id: teamId }, include: { datarooms: { where: { id: dataroomId } } } });
  if (!team || team.datarooms.length === 0) return null;
  if (given.x) {
    const dataroomId = given.id;
    await prisma.dataroomDocument.findMany({ where: { dataroomId } }); // want "findMany on tenant-scoped \"DataroomDocument\" does not filter"
  }
}

// An id the tenant's row was found holding.
export async function heldInBlock(teamId: string, documentId: string, given: any) {
  const team = await prisma.team.findFirst({ where: { id: teamId, documents: { some: { id: documentId } } } });
  if (!team) throw new Error("not found");
  if (given.x) {
    const documentId = given.id;
    await prisma.document.delete({ where: { id: documentId } }); // want "delete on tenant-scoped \"Document\" does not filter"
  }
}

// Ids checked against a set of the tenant's ids.
export async function setCheckedInBlock(teamId: string, ids: string[], given: any) {
  const docs = await prisma.document.findMany({ where: { teamId } });
  const known = new Set(docs.map((d: any) => d.id));
  const unknown = ids.filter((id) => !known.has(id));
  if (unknown.length > 0) throw new Error("not found");
  if (given.x) {
    const ids: string[] = given.ids;
    for (const id of ids) await prisma.document.update({ where: { id }, data: {} }); // want "update on tenant-scoped \"Document\" does not filter"
  }
}

// A key picked from the tenant's rows; another list of the name.
export async function pickedInBlock(teamId: string, given: any) {
  const docs = await prisma.document.findMany({ where: { teamId } });
  if (given.x) {
    const docs: any[] = given.docs;
    const docId = docs.find((d: any) => d.sheet).id;
    await prisma.document.delete({ where: { id: docId } }); // want "delete on tenant-scoped \"Document\" does not filter"
    const first = docs[0];
    await prisma.document.delete({ where: { id: first.id } }); // want "delete on tenant-scoped \"Document\" does not filter"
    const [head] = docs;
    await prisma.document.delete({ where: { id: head.id } }); // want "delete on tenant-scoped \"Document\" does not filter"
  }
  return docs;
}

// Re-assigned after the check, the name holds another value at the call.
export async function reassignedRow(teamId: string, id: string, other: string) {
  let doc = await prisma.document.findFirst({ where: { id, teamId } });
  if (!doc) throw new Error("not found");
  doc = await prisma.document.findUnique({ where: { id: other } }); // want "findUnique on tenant-scoped \"Document\" does not filter"
  await prisma.document.update({ where: { id: doc.id }, data: {} }); // want "update on tenant-scoped \"Document\" does not filter"
}

export async function reassignedByUnprovenWrite(teamId: string, id: string, other: string) {
  const checked = await prisma.document.findFirst({ where: { id, teamId } });
  if (!checked) throw new Error("not found");
  let doc = await prisma.document.findFirst({ where: { id, teamId } });
  if (!doc) throw new Error("not found");
  doc = await prisma.document.update({ where: { id: other }, data: { sheet: true } }); // want "update on tenant-scoped \"Document\" does not filter"
  await prisma.link.deleteMany({ where: { documentId: doc.id } }); // want "deleteMany on tenant-scoped \"Link\" does not filter"
}

export async function reassignedKey(teamId: string, id: string, input: any) {
  const checked = await prisma.document.findFirst({ where: { id, teamId } });
  if (!checked) throw new Error("not found");
  let docId = checked.id;
  docId = input.id;
  await prisma.document.update({ where: { id: docId }, data: {} }); // want "update on tenant-scoped \"Document\" does not filter"
}

export async function reassignedCountedList(teamId: string, input: any) {
  let ids: string[] = input.ids;
  const docs = await prisma.document.findMany({ where: { id: { in: ids }, teamId } });
  if (docs.length !== ids.length) throw new Error("not found");
  ids = input.others;
  for (const id of ids) await prisma.document.update({ where: { id }, data: {} }); // want "update on tenant-scoped \"Document\" does not filter"
}

export async function reassignedComparedRows(teamId: string, ids: string[], given: any) {
  let docs = await prisma.document.findMany({ where: { id: { in: ids } } }); // want "findMany on tenant-scoped \"Document\" does not filter"
  if (docs.some((d: any) => d.teamId !== teamId)) throw new Error("not found");
  docs = given.docs;
  await prisma.document.deleteMany({ where: { id: { in: docs.map((d: any) => d.id) } } }); // want "deleteMany on tenant-scoped \"Document\" does not filter"
}

export async function reassignedKeyList(teamId: string, given: any) {
  const docs = await prisma.document.findMany({ where: { teamId } });
  let ids = docs.map((d: any) => d.id);
  ids = given.ids;
  await prisma.document.deleteMany({ where: { id: { in: ids } } }); // want "deleteMany on tenant-scoped \"Document\" does not filter"
}

export async function reassignedParentRow(teamId: string, id: string, given: any) {
  let doc = await prisma.document.findUnique({ where: { id } });
  if (!doc || doc.teamId !== teamId) throw new Error("not found");
  doc = given.doc;
  await prisma.link.deleteMany({ where: { documentId: doc.id } }); // want "deleteMany on tenant-scoped \"Link\" does not filter"
}

export async function reassignedSetList(teamId: string, ids: string[], given: any) {
  const docs = await prisma.document.findMany({ where: { teamId } });
  const known = new Set(docs.map((d: any) => d.id));
  let checked = ids;
  const unknown = checked.filter((id) => !known.has(id));
  if (unknown.length > 0) throw new Error("not found");
  checked = given.ids;
  for (const id of checked) await prisma.document.update({ where: { id }, data: {} }); // want "update on tenant-scoped \"Document\" does not filter"
}

declare const prisma: any;
declare function send(doc: any): Promise<void>;

type Input = { id?: string; name: string };

// A key under the test of the lookup, given again in an inner block.
export async function testedKeyInBlock({ teamId, input, given }: { teamId: string; input: Input; given: any }) {
  const existing = input.id
    ? await prisma.document.findFirst({ where: { id: input.id, teamId } })
    : await prisma.document.findFirst({ where: { teamId } });
  if (input.id && !existing) throw new Error("not found");
  if (input.id) {
    const input = given.input;
    await prisma.document.update({ where: { id: input.id }, data: {} }); // want "update on tenant-scoped \"Document\" does not filter"
  }
  return existing;
}

// A loop with a bare name re-assigns the checked id.
export async function loopAssignsId(teamId: string, id: string, given: any) {
  const doc = await prisma.document.findFirst({ where: { id, teamId } });
  if (!doc) throw new Error("not found");
  for (id of given.ids) {
    await prisma.document.delete({ where: { id } }); // want "delete on tenant-scoped \"Document\" does not filter"
  }
}

// Re-assigned in a callback that runs before the call.
export async function callbackAssignsId(teamId: string, id: string, given: any) {
  const doc = await prisma.document.findFirst({ where: { id, teamId } });
  if (!doc) throw new Error("not found");
  given.ids.forEach((other: string) => {
    id = other;
  });
  await prisma.document.delete({ where: { id } }); // want "delete on tenant-scoped \"Document\" does not filter"
}

// Re-assigned by a destructuring array pattern, or incremented.
export async function patternAssignsRow(teamId: string, id: string, given: any) {
  let doc = await prisma.document.findFirst({ where: { id, teamId } });
  if (!doc) throw new Error("not found");
  [doc] = given.docs;
  await prisma.link.deleteMany({ where: { documentId: doc.id } }); // want "deleteMany on tenant-scoped \"Link\" does not filter"
}

// The row sent before its check, then the name given another row that is
// compared: the fetched row left unchecked.
export async function sentBeforeOtherCompared(teamId: string, id: string, given: any) {
  let doc = await prisma.document.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Document\" does not filter"
  await send(doc);
  doc = given.doc;
  if (doc.teamId !== teamId) throw new Error("not found");
  return doc;
}

// A copy of the fetched row kept while the name is given another row.
export async function copiedBeforeOtherCompared(teamId: string, id: string, given: any) {
  let doc = await prisma.document.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Document\" does not filter"
  const fetched = doc;
  doc = given.doc;
  if (doc.teamId !== teamId) throw new Error("not found");
  return fetched;
}

// The twin: the name given another value before its own lookup.
export async function assignedBeforeLookup(teamId: string, given: any) {
  let id = given.raw;
  id = id.trim();
  const doc = await prisma.document.findFirst({ where: { id, teamId } });
  if (!doc) throw new Error("not found");
  await prisma.document.delete({ where: { id } });
}

// A row looked up and compared on each turn of a loop is each turn's row;
// a row changed after its comparison was compared as it was found.
export async function comparedEachTurn(teamId: string, ids: string[], given: any) {
  let doc;
  for (const id of ids) {
    doc = await prisma.document.findUnique({ where: { id } });
    if (!doc || doc.teamId !== teamId) throw new Error("not found");
    await send(doc);
  }
  const row = await prisma.document.findUnique({ where: { id: given.id } });
  if (!row || row.teamId !== teamId) throw new Error("not found");
  row.sheet = true;
  return row;
}

// Changed before its comparison, the row compares what was written.
export async function tenantWrittenBeforeCompared(teamId: string, id: string) {
  const doc = await prisma.document.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Document\" does not filter"
  doc.teamId = teamId;
  if (doc.teamId !== teamId) throw new Error("not found");
  return doc;
}

// Looked up in one branch or the other (dub's getLinkOrThrow), then
// compared: the comparison reads whichever row the name got.
export async function lookedUpEitherWay(teamId: string, given: any) {
  let doc = null;
  if (given.id) {
    doc = await prisma.document.findUnique({ where: { id: given.id } });
  } else if (given.other) {
    doc = await prisma.document.findUnique({ where: { id: given.other } });
  }
  if (!doc || doc.teamId !== teamId) throw new Error("not found");
  return doc;
}

// The twin: the second lookup runs after the first, whose row was kept.
export async function lookedUpTwice(teamId: string, given: any) {
  let doc = null;
  doc = await prisma.document.findUnique({ where: { id: given.id } }); // want "findUnique on tenant-scoped \"Document\" does not filter"
  const first = doc;
  if (given.other) {
    doc = await prisma.document.findUnique({ where: { id: given.other } });
  }
  if (!doc || doc.teamId !== teamId) throw new Error("not found");
  return first;
}

declare const prisma: any;

// Every key the caller gave was found with the team when as many rows came
// back as there are keys: the rows are distinct, one per key at most.
export async function hideDocuments(teamId: string, ids: string[]) {
  const docs = await prisma.document.findMany({ where: { id: { in: ids }, teamId } });
  if (docs.length !== ids.length) throw new Error("not found");
  for (const id of ids) await prisma.document.update({ where: { id }, data: {} });
}

// The same for a list of objects, filtered before use (cal.com's
// assignUserToAttribute), linking each one.
export async function linkDocuments(teamId: string, input: { docs: { id: string; keep: boolean }[] }) {
  const found = await prisma.document.findMany({ where: { id: { in: input.docs.map((d) => d.id) }, teamId } });
  if (input.docs.length != found.length) {
    throw new Error("not found");
  }
  const kept = input.docs.filter((d) => d.keep);
  await Promise.all(kept.map(async (d) => prisma.link.create({ data: { document: { connect: { id: d.id } } } })));
}

// Counted without leaving: nothing is proven.
export async function countedOnly(teamId: string, ids: string[]) {
  const docs = await prisma.document.findMany({ where: { id: { in: ids }, teamId } });
  if (docs.length !== ids.length) console.warn("some missing");
  for (const id of ids) await prisma.document.update({ where: { id }, data: {} }); // want "update on tenant-scoped \"Document\" does not filter"
}

// Looked up without the team, the count proves nothing.
export async function countedAnyTeam(ids: string[]) {
  const docs = await prisma.document.findMany({ where: { id: { in: ids } } }); // want "findMany on tenant-scoped \"Document\" does not filter"
  if (docs.length !== ids.length) throw new Error("not found");
  for (const id of ids) await prisma.document.update({ where: { id }, data: {} }); // want "update on tenant-scoped \"Document\" does not filter"
}

// A key added to the list after the count was not looked up.
export async function grownAfterCount(teamId: string, ids: string[], extra: string) {
  const docs = await prisma.document.findMany({ where: { id: { in: ids }, teamId } });
  if (docs.length !== ids.length) throw new Error("not found");
  ids.push(extra);
  for (const id of ids) await prisma.document.update({ where: { id }, data: {} }); // want "update on tenant-scoped \"Document\" does not filter"
}

// The count of another list says nothing of this one.
export async function countedOtherList(teamId: string, ids: string[], others: string[]) {
  const docs = await prisma.document.findMany({ where: { id: { in: ids }, teamId } });
  if (docs.length !== ids.length) throw new Error("not found");
  for (const id of others) await prisma.document.update({ where: { id }, data: {} }); // want "update on tenant-scoped \"Document\" does not filter"
}

// More rows than found, pushed before the check, hide a missing key.
export async function paddedRows(teamId: string, ids: string[], spare: any) {
  const docs = await prisma.document.findMany({ where: { id: { in: ids }, teamId } });
  docs.push(spare);
  if (docs.length !== ids.length) throw new Error("not found");
  for (const id of ids) await prisma.document.update({ where: { id }, data: {} }); // want "update on tenant-scoped \"Document\" does not filter"
}

// An element's key rewritten after the count is not the key looked up.
export async function rewrittenKey(teamId: string, input: { docs: { id: string }[] }, other: string) {
  const found = await prisma.document.findMany({ where: { id: { in: input.docs.map((d) => d.id) }, teamId } });
  if (found.length !== input.docs.length) throw new Error("not found");
  input.docs[0].id = other;
  for (const d of input.docs) await prisma.document.update({ where: { id: d.id }, data: {} }); // want "update on tenant-scoped \"Document\" does not filter"
}

// A list of rows mapped to another key than the one used.
export async function otherKeyMapped(teamId: string, input: { docs: { id: string; ref: string }[] }) {
  const found = await prisma.document.findMany({ where: { id: { in: input.docs.map((d) => d.ref) }, teamId } });
  if (found.length !== input.docs.length) throw new Error("not found");
  for (const d of input.docs) await prisma.document.update({ where: { id: d.id }, data: {} }); // want "update on tenant-scoped \"Document\" does not filter"
}

// A key pushed while the loop runs is visited later, never looked up.
export async function grownInLoop(teamId: string, ids: string[], next: (id: string) => string) {
  const docs = await prisma.document.findMany({ where: { id: { in: ids }, teamId } });
  if (docs.length !== ids.length) throw new Error("not found");
  for (const id of ids) {
    await prisma.document.update({ where: { id }, data: {} }); // want "update on tenant-scoped \"Document\" does not filter"
    ids.push(next(id));
  }
}

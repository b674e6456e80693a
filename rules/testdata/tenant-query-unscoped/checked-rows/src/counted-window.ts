declare const prisma: any;
declare function trim(docs: { id: string }[]): void;

type Doc = { id: string; keep: boolean };

// The filtered list, taken before the lookup, holds elements the lookup
// counted: nothing changes the list in between.
export async function filteredThenCounted(teamId: string, input: { docs: Doc[] }) {
  const kept = input.docs.filter((d) => d.keep);
  const found = await prisma.document.findMany({ where: { id: { in: input.docs.map((d) => d.id) }, teamId } });
  if (found.length !== input.docs.length) throw new Error("not found");
  for (const d of kept) await prisma.document.update({ where: { id: d.id }, data: {} });
}

// Elements taken before the list is emptied and refilled: the lookup
// counts the new elements, the writes use the old ones.
export async function refilledBeforeLookup(teamId: string, input: { docs: Doc[] }, own: Doc) {
  const kept = input.docs.filter((d) => d.keep);
  input.docs.length = 0;
  input.docs.push(own);
  const found = await prisma.document.findMany({ where: { id: { in: input.docs.map((d) => d.id) }, teamId } });
  if (found.length !== input.docs.length) throw new Error("not found");
  for (const d of kept) await prisma.document.update({ where: { id: d.id }, data: {} }); // want "update on tenant-scoped \"Document\" does not filter"
}

// An element replaced between the filter and the lookup.
export async function replacedBeforeLookup(teamId: string, input: { docs: Doc[] }, own: Doc) {
  const kept = input.docs.filter((d) => d.keep);
  input.docs[0] = own;
  const found = await prisma.document.findMany({ where: { id: { in: input.docs.map((d) => d.id) }, teamId } });
  if (found.length !== input.docs.length) throw new Error("not found");
  for (const d of kept) await prisma.document.update({ where: { id: d.id }, data: {} }); // want "update on tenant-scoped \"Document\" does not filter"
}

// The list reassigned between the filter and the lookup.
export async function reassignedBeforeLookup(teamId: string, input: { docs: Doc[] }, own: Doc[]) {
  const kept = input.docs.filter((d) => d.keep);
  input.docs = own;
  const found = await prisma.document.findMany({ where: { id: { in: input.docs.map((d) => d.id) }, teamId } });
  if (found.length !== input.docs.length) throw new Error("not found");
  for (const d of kept) await prisma.document.update({ where: { id: d.id }, data: {} }); // want "update on tenant-scoped \"Document\" does not filter"
}

// Another tenant's element shifted off the list after the lookup: the
// count then matches the tenant's elements, the filtered list still
// holds it.
export async function shiftedBeforeCount(teamId: string, input: { docs: Doc[] }) {
  const kept = input.docs.filter((d) => d.keep);
  const found = await prisma.document.findMany({ where: { id: { in: input.docs.map((d) => d.id) }, teamId } });
  input.docs.shift();
  if (found.length !== input.docs.length) throw new Error("not found");
  for (const d of kept) await prisma.document.update({ where: { id: d.id }, data: {} }); // want "update on tenant-scoped \"Document\" does not filter"
}

// The list handed to a function that may change it before the lookup.
export async function handedBeforeLookup(teamId: string, input: { docs: Doc[] }) {
  const kept = input.docs.filter((d) => d.keep);
  trim(input.docs);
  const found = await prisma.document.findMany({ where: { id: { in: input.docs.map((d) => d.id) }, teamId } });
  if (found.length !== input.docs.length) throw new Error("not found");
  for (const d of kept) await prisma.document.update({ where: { id: d.id }, data: {} }); // want "update on tenant-scoped \"Document\" does not filter"
}

// The filtered list handed to a function that may add to it after the
// count.
export async function filteredHandedAfterCount(teamId: string, input: { docs: Doc[] }, widen: (docs: Doc[]) => void) {
  const kept = input.docs.filter((d) => d.keep);
  const found = await prisma.document.findMany({ where: { id: { in: input.docs.map((d) => d.id) }, teamId } });
  if (found.length !== input.docs.length) throw new Error("not found");
  widen(kept);
  for (const d of kept) await prisma.document.update({ where: { id: d.id }, data: {} }); // want "update on tenant-scoped \"Document\" does not filter"
}

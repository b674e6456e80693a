declare const prisma: any;
declare function trim(docs: { id: string }[]): void;
declare function widenAll(...lists: any[]): void;
declare class Failure {
  constructor(detail: any);
}

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

// The list handed on inside an object before the lookup: the call may
// change it as it may the list itself.
export async function handedInObjectBeforeLookup(teamId: string, input: { docs: Doc[] }) {
  const kept = input.docs.filter((d) => d.keep);
  widenAll({ docs: input.docs });
  const found = await prisma.document.findMany({ where: { id: { in: input.docs.map((d) => d.id) }, teamId } });
  if (found.length !== input.docs.length) throw new Error("not found");
  for (const d of kept) await prisma.document.update({ where: { id: d.id }, data: {} }); // want "update on tenant-scoped \"Document\" does not filter"
}

// The filtered list handed on inside an object after the count.
export async function handedInShorthandAfterCount(teamId: string, input: { docs: Doc[] }) {
  const kept = input.docs.filter((d) => d.keep);
  const found = await prisma.document.findMany({ where: { id: { in: input.docs.map((d) => d.id) }, teamId } });
  if (found.length !== input.docs.length) throw new Error("not found");
  widenAll({ kept });
  for (const d of kept) await prisma.document.update({ where: { id: d.id }, data: {} }); // want "update on tenant-scoped \"Document\" does not filter"
}

// The filtered list handed on inside an array.
export async function handedInArrayAfterCount(teamId: string, input: { docs: Doc[] }) {
  const kept = input.docs.filter((d) => d.keep);
  const found = await prisma.document.findMany({ where: { id: { in: input.docs.map((d) => d.id) }, teamId } });
  if (found.length !== input.docs.length) throw new Error("not found");
  widenAll([kept]);
  for (const d of kept) await prisma.document.update({ where: { id: d.id }, data: {} }); // want "update on tenant-scoped \"Document\" does not filter"
}

// The filtered list handed on as a spread argument.
export async function handedInSpreadAfterCount(teamId: string, input: { docs: Doc[] }) {
  const kept = input.docs.filter((d) => d.keep);
  const found = await prisma.document.findMany({ where: { id: { in: input.docs.map((d) => d.id) }, teamId } });
  if (found.length !== input.docs.length) throw new Error("not found");
  widenAll(...[kept]);
  for (const d of kept) await prisma.document.update({ where: { id: d.id }, data: {} }); // want "update on tenant-scoped \"Document\" does not filter"
}

// The filtered list handed on inside an object spread into another.
export async function handedInObjectSpreadAfterCount(teamId: string, input: { docs: Doc[] }) {
  const kept = input.docs.filter((d) => d.keep);
  const found = await prisma.document.findMany({ where: { id: { in: input.docs.map((d) => d.id) }, teamId } });
  if (found.length !== input.docs.length) throw new Error("not found");
  widenAll({ ...{ kept } });
  for (const d of kept) await prisma.document.update({ where: { id: d.id }, data: {} }); // want "update on tenant-scoped \"Document\" does not filter"
}

// The object the list is read through, its properties spread into
// another: that one holds the same list.
export async function handedParentSpreadBeforeLookup(teamId: string, input: { docs: Doc[] }) {
  const kept = input.docs.filter((d) => d.keep);
  widenAll({ ...input });
  const found = await prisma.document.findMany({ where: { id: { in: input.docs.map((d) => d.id) }, teamId } });
  if (found.length !== input.docs.length) throw new Error("not found");
  for (const d of kept) await prisma.document.update({ where: { id: d.id }, data: {} }); // want "update on tenant-scoped \"Document\" does not filter"
}

// The filtered list bound to another name, which is handed on.
export async function handedAliasAfterCount(teamId: string, input: { docs: Doc[] }) {
  const kept = input.docs.filter((d) => d.keep);
  const alias = kept;
  const found = await prisma.document.findMany({ where: { id: { in: input.docs.map((d) => d.id) }, teamId } });
  if (found.length !== input.docs.length) throw new Error("not found");
  widenAll(alias);
  for (const d of kept) await prisma.document.update({ where: { id: d.id }, data: {} }); // want "update on tenant-scoped \"Document\" does not filter"
}

// An object holding the filtered list, handed on.
export async function handedHolderAfterCount(teamId: string, input: { docs: Doc[] }) {
  const kept = input.docs.filter((d) => d.keep);
  const bag = { list: kept };
  const found = await prisma.document.findMany({ where: { id: { in: input.docs.map((d) => d.id) }, teamId } });
  if (found.length !== input.docs.length) throw new Error("not found");
  widenAll(bag);
  for (const d of kept) await prisma.document.update({ where: { id: d.id }, data: {} }); // want "update on tenant-scoped \"Document\" does not filter"
}

// Another name for the list, shifted between the lookup and the count.
export async function shiftedAliasBeforeCount(teamId: string, input: { docs: Doc[] }) {
  const kept = input.docs.filter((d) => d.keep);
  const same = input.docs;
  const found = await prisma.document.findMany({ where: { id: { in: input.docs.map((d) => d.id) }, teamId } });
  same.shift();
  if (found.length !== input.docs.length) throw new Error("not found");
  for (const d of kept) await prisma.document.update({ where: { id: d.id }, data: {} }); // want "update on tenant-scoped \"Document\" does not filter"
}

// Read-only uses and copies of the filtered list: a console method, a
// Set of it, a copy of its elements, its length.
export async function readOnlyUsesAfterCount(teamId: string, input: { docs: Doc[] }) {
  const kept = input.docs.filter((d) => d.keep);
  const found = await prisma.document.findMany({ where: { id: { in: input.docs.map((d) => d.id) }, teamId } });
  if (found.length !== input.docs.length) throw new Error("not found");
  console.log({ kept }, [kept]);
  const seen = new Set(kept);
  widenAll([...kept], { n: kept.length }, seen.size);
  for (const d of kept) await prisma.document.update({ where: { id: d.id }, data: {} });
}

// The lists handed to the error that the count's mismatch throws: the
// writes never run after it.
export async function handedToThrownError(teamId: string, input: { docs: Doc[] }) {
  const kept = input.docs.filter((d) => d.keep);
  const found = await prisma.document.findMany({ where: { id: { in: input.docs.map((d) => d.id) }, teamId } });
  if (found.length !== input.docs.length) throw new Failure({ kept, docs: input.docs });
  for (const d of kept) await prisma.document.update({ where: { id: d.id }, data: {} });
}

// A throw that a catch takes: the writes run after the call that had the
// list.
export async function handedToCaughtError(teamId: string, input: { docs: Doc[] }) {
  const kept = input.docs.filter((d) => d.keep);
  const found = await prisma.document.findMany({ where: { id: { in: input.docs.map((d) => d.id) }, teamId } });
  if (found.length !== input.docs.length) throw new Error("not found");
  try {
    if (kept.length > 10) throw new Failure({ kept });
  } catch {}
  for (const d of kept) await prisma.document.update({ where: { id: d.id }, data: {} }); // want "update on tenant-scoped \"Document\" does not filter"
}

// The list destructured from its object, shifted between the lookup and
// the count.
export async function destructuredShiftedBeforeCount(teamId: string, input: { docs: Doc[]; name: string }) {
  const kept = input.docs.filter((d) => d.keep);
  const { docs } = input;
  const found = await prisma.document.findMany({ where: { id: { in: input.docs.map((d) => d.id) }, teamId } });
  docs.shift();
  if (found.length !== input.docs.length) throw new Error("not found");
  for (const d of kept) await prisma.document.update({ where: { id: d.id }, data: {} }); // want "update on tenant-scoped \"Document\" does not filter"
}

// The list destructured under another name, handed on before the lookup.
export async function destructuredRenamedHanded(teamId: string, input: { docs: Doc[]; name: string }) {
  const kept = input.docs.filter((d) => d.keep);
  const { docs: same } = input;
  widenAll(same);
  const found = await prisma.document.findMany({ where: { id: { in: input.docs.map((d) => d.id) }, teamId } });
  if (found.length !== input.docs.length) throw new Error("not found");
  for (const d of kept) await prisma.document.update({ where: { id: d.id }, data: {} }); // want "update on tenant-scoped \"Document\" does not filter"
}

// The rest of the object, which holds the list, handed on after the
// count.
export async function destructuredRestHanded(teamId: string, input: { docs: Doc[]; name: string }) {
  const kept = input.docs.filter((d) => d.keep);
  const { name, ...rest } = input;
  const found = await prisma.document.findMany({ where: { id: { in: input.docs.map((d) => d.id) }, teamId } });
  if (found.length !== input.docs.length) throw new Error("not found");
  widenAll(rest, name);
  for (const d of kept) await prisma.document.update({ where: { id: d.id }, data: {} }); // want "update on tenant-scoped \"Document\" does not filter"
}

// Only another field destructured and handed on.
export async function destructuredNameHanded(teamId: string, input: { docs: Doc[]; name: string }) {
  const kept = input.docs.filter((d) => d.keep);
  const { name } = input;
  const found = await prisma.document.findMany({ where: { id: { in: input.docs.map((d) => d.id) }, teamId } });
  if (found.length !== input.docs.length) throw new Error("not found");
  widenAll(name);
  for (const d of kept) await prisma.document.update({ where: { id: d.id }, data: {} });
}

// A function that gives the filtered list back, handed on.
export async function handedByArrowAfterCount(teamId: string, input: { docs: Doc[] }) {
  const kept = input.docs.filter((d) => d.keep);
  const found = await prisma.document.findMany({ where: { id: { in: input.docs.map((d) => d.id) }, teamId } });
  if (found.length !== input.docs.length) throw new Error("not found");
  widenAll(() => kept);
  for (const d of kept) await prisma.document.update({ where: { id: d.id }, data: {} }); // want "update on tenant-scoped \"Document\" does not filter"
}

// A function that returns an object holding the filtered list.
export async function handedByFunctionAfterCount(teamId: string, input: { docs: Doc[] }) {
  const kept = input.docs.filter((d) => d.keep);
  const found = await prisma.document.findMany({ where: { id: { in: input.docs.map((d) => d.id) }, teamId } });
  if (found.length !== input.docs.length) throw new Error("not found");
  widenAll(function () {
    return { kept };
  });
  for (const d of kept) await prisma.document.update({ where: { id: d.id }, data: {} }); // want "update on tenant-scoped \"Document\" does not filter"
}

// A function that gives only the list's length back.
export async function lengthByArrowAfterCount(teamId: string, input: { docs: Doc[] }) {
  const kept = input.docs.filter((d) => d.keep);
  const found = await prisma.document.findMany({ where: { id: { in: input.docs.map((d) => d.id) }, teamId } });
  if (found.length !== input.docs.length) throw new Error("not found");
  widenAll(() => kept.length);
  for (const d of kept) await prisma.document.update({ where: { id: d.id }, data: {} });
}

// The filtered list stored in an object, which is handed on.
export async function storedInObjectAfterCount(teamId: string, input: { docs: Doc[] }) {
  const kept = input.docs.filter((d) => d.keep);
  const found = await prisma.document.findMany({ where: { id: { in: input.docs.map((d) => d.id) }, teamId } });
  if (found.length !== input.docs.length) throw new Error("not found");
  const holder: any = {};
  holder.list = kept;
  widenAll(holder);
  for (const d of kept) await prisma.document.update({ where: { id: d.id }, data: {} }); // want "update on tenant-scoped \"Document\" does not filter"
}

// The filtered list reversed in place, which gives it back, handed on.
export async function reversedHandedAfterCount(teamId: string, input: { docs: Doc[] }) {
  const kept = input.docs.filter((d) => d.keep);
  const found = await prisma.document.findMany({ where: { id: { in: input.docs.map((d) => d.id) }, teamId } });
  if (found.length !== input.docs.length) throw new Error("not found");
  widenAll(kept.reverse());
  for (const d of kept) await prisma.document.update({ where: { id: d.id }, data: {} }); // want "update on tenant-scoped \"Document\" does not filter"
}

// A copy of the filtered list handed on.
export async function slicedHandedAfterCount(teamId: string, input: { docs: Doc[] }) {
  const kept = input.docs.filter((d) => d.keep);
  const found = await prisma.document.findMany({ where: { id: { in: input.docs.map((d) => d.id) }, teamId } });
  if (found.length !== input.docs.length) throw new Error("not found");
  const holder: any = {};
  holder.list = kept.slice();
  widenAll(holder, kept.slice());
  for (const d of kept) await prisma.document.update({ where: { id: d.id }, data: {} });
}

// An object whose method gives the filtered list back, handed on.
export async function handedByMethodAfterCount(teamId: string, input: { docs: Doc[] }) {
  const kept = input.docs.filter((d) => d.keep);
  const found = await prisma.document.findMany({ where: { id: { in: input.docs.map((d) => d.id) }, teamId } });
  if (found.length !== input.docs.length) throw new Error("not found");
  widenAll({
    get() {
      return kept;
    },
  });
  for (const d of kept) await prisma.document.update({ where: { id: d.id }, data: {} }); // want "update on tenant-scoped \"Document\" does not filter"
}

// An object holding the filtered list, the list added to through it.
export async function changedThroughHolderAfterCount(teamId: string, input: { docs: Doc[] }, own: Doc) {
  const kept = input.docs.filter((d) => d.keep);
  const bag = { list: kept };
  const found = await prisma.document.findMany({ where: { id: { in: input.docs.map((d) => d.id) }, teamId } });
  if (found.length !== input.docs.length) throw new Error("not found");
  bag.list.push(own);
  for (const d of kept) await prisma.document.update({ where: { id: d.id }, data: {} }); // want "update on tenant-scoped \"Document\" does not filter"
}

// An object holding a copy of the filtered list, the copy added to.
export async function changedThroughCopyHolderAfterCount(teamId: string, input: { docs: Doc[] }, own: Doc) {
  const kept = input.docs.filter((d) => d.keep);
  const bag = { list: kept.slice() };
  const found = await prisma.document.findMany({ where: { id: { in: input.docs.map((d) => d.id) }, teamId } });
  if (found.length !== input.docs.length) throw new Error("not found");
  bag.list.push(own);
  for (const d of kept) await prisma.document.update({ where: { id: d.id }, data: {} });
}

// The filtered list bound by an array pattern, the name added to.
export async function arrayPatternAfterCount(teamId: string, input: { docs: Doc[] }, own: Doc) {
  const kept = input.docs.filter((d) => d.keep);
  const [alias] = [kept];
  const found = await prisma.document.findMany({ where: { id: { in: input.docs.map((d) => d.id) }, teamId } });
  if (found.length !== input.docs.length) throw new Error("not found");
  alias.push(own);
  for (const d of kept) await prisma.document.update({ where: { id: d.id }, data: {} }); // want "update on tenant-scoped \"Document\" does not filter"
}

// The rest of an array pattern holding the filtered list, handed on.
export async function arrayPatternRestAfterCount(teamId: string, input: { docs: Doc[] }) {
  const kept = input.docs.filter((d) => d.keep);
  const [, ...rest] = [input.docs, kept];
  const found = await prisma.document.findMany({ where: { id: { in: input.docs.map((d) => d.id) }, teamId } });
  if (found.length !== input.docs.length) throw new Error("not found");
  widenAll(rest);
  for (const d of kept) await prisma.document.update({ where: { id: d.id }, data: {} }); // want "update on tenant-scoped \"Document\" does not filter"
}

// An array pattern binding a copy of the filtered list.
export async function arrayPatternCopyAfterCount(teamId: string, input: { docs: Doc[] }, own: Doc) {
  const kept = input.docs.filter((d) => d.keep);
  const [alias] = [[...kept]];
  const found = await prisma.document.findMany({ where: { id: { in: input.docs.map((d) => d.id) }, teamId } });
  if (found.length !== input.docs.length) throw new Error("not found");
  alias.push(own);
  for (const d of kept) await prisma.document.update({ where: { id: d.id }, data: {} });
}

export class DocStore {
  list: Doc[] = [];

  // The filtered list stored on the object, added to through it.
  async storedOnThisAfterCount(teamId: string, input: { docs: Doc[] }, own: Doc) {
    const kept = input.docs.filter((d) => d.keep);
    const found = await prisma.document.findMany({ where: { id: { in: input.docs.map((d) => d.id) }, teamId } });
    if (found.length !== input.docs.length) throw new Error("not found");
    this.list = kept;
    this.list.push(own);
    for (const d of kept) await prisma.document.update({ where: { id: d.id }, data: {} }); // want "update on tenant-scoped \"Document\" does not filter"
  }

  // The filtered list stored on the object, which is handed on.
  async thisHandedAfterCount(teamId: string, input: { docs: Doc[] }) {
    const kept = input.docs.filter((d) => d.keep);
    const found = await prisma.document.findMany({ where: { id: { in: input.docs.map((d) => d.id) }, teamId } });
    if (found.length !== input.docs.length) throw new Error("not found");
    this.list = kept;
    widenAll(this);
    for (const d of kept) await prisma.document.update({ where: { id: d.id }, data: {} }); // want "update on tenant-scoped \"Document\" does not filter"
  }

  // A copy stored on the object and added to.
  async copyOnThisAfterCount(teamId: string, input: { docs: Doc[] }, own: Doc) {
    const kept = input.docs.filter((d) => d.keep);
    const found = await prisma.document.findMany({ where: { id: { in: input.docs.map((d) => d.id) }, teamId } });
    if (found.length !== input.docs.length) throw new Error("not found");
    this.list = kept.slice();
    this.list.push(own);
    widenAll(this);
    for (const d of kept) await prisma.document.update({ where: { id: d.id }, data: {} });
  }
}

export class DocQueue {
  list: Doc[] = [];

  refill() {
    this.list.push({ id: "other", keep: true });
  }

  // The filtered list stored on the object, whose method may add to it.
  async methodOnThisAfterCount(teamId: string, input: { docs: Doc[] }) {
    const kept = input.docs.filter((d) => d.keep);
    const found = await prisma.document.findMany({ where: { id: { in: input.docs.map((d) => d.id) }, teamId } });
    if (found.length !== input.docs.length) throw new Error("not found");
    this.list = kept;
    this.refill();
    for (const d of kept) await prisma.document.update({ where: { id: d.id }, data: {} }); // want "update on tenant-scoped \"Document\" does not filter"
  }

  // A copy stored on the object, whose method adds to the copy.
  async methodOnThisCopyAfterCount(teamId: string, input: { docs: Doc[] }) {
    const kept = input.docs.filter((d) => d.keep);
    const found = await prisma.document.findMany({ where: { id: { in: input.docs.map((d) => d.id) }, teamId } });
    if (found.length !== input.docs.length) throw new Error("not found");
    this.list = kept.slice();
    this.refill();
    for (const d of kept) await prisma.document.update({ where: { id: d.id }, data: {} });
  }
}

// An object holding the filtered list, whose method adds to it.
export async function holderMethodAfterCount(teamId: string, input: { docs: Doc[] }, own: Doc) {
  const kept = input.docs.filter((d) => d.keep);
  const bag = {
    list: kept,
    add(d: Doc) {
      this.list.push(d);
    },
  };
  const found = await prisma.document.findMany({ where: { id: { in: input.docs.map((d) => d.id) }, teamId } });
  if (found.length !== input.docs.length) throw new Error("not found");
  bag.add(own);
  for (const d of kept) await prisma.document.update({ where: { id: d.id }, data: {} }); // want "update on tenant-scoped \"Document\" does not filter"
}

// The holder's list only read through it.
export async function holderReadAfterCount(teamId: string, input: { docs: Doc[] }) {
  const kept = input.docs.filter((d) => d.keep);
  const bag = { list: kept };
  const found = await prisma.document.findMany({ where: { id: { in: input.docs.map((d) => d.id) }, teamId } });
  if (found.length !== input.docs.length) throw new Error("not found");
  console.log(bag.list.map((d) => d.id).join(","), bag.list.includes(kept[0]));
  for (const d of kept) await prisma.document.update({ where: { id: d.id }, data: {} });
}

declare const prisma: any;
declare function collect(ids: string[]): void;

// Ids pushed, in a loop over the tenant's rows, into a const empty list
// that is otherwise only read are ids of the tenant's rows: inbox-zero's
// `deletedDraftTrackerIds.push(tracker.id)` and
// `claimedTrackers.push({ id: tracker.id, notifications })`.
export async function clear(teamId: string) {
  const docs = await prisma.document.findMany({ where: { teamId } });
  const withSheets = docs.filter((d: any) => d.sheet);
  const ids: string[] = [];
  for (const doc of withSheets) {
    if (doc.links) ids.push(doc.id);
  }
  if (ids.length === 0) return;
  await prisma.document.deleteMany({ where: { id: { in: ids } } });
  const claimed: { id: string; sheet: boolean }[] = [];
  for (const doc of docs) {
    claimed.push({ id: doc.id, sheet: doc.sheet });
  }
  await prisma.document.updateMany({ where: { id: { in: claimed.map((c) => c.id) } }, data: { sheet: false } });
}

// Rows read without the tenant give anyone's ids.
export async function clearAll() {
  const docs = await prisma.document.findMany({ where: { sheet: true } }); // want "findMany on tenant-scoped \"Document\" does not filter"
  const ids: string[] = [];
  for (const doc of docs) ids.push(doc.id);
  await prisma.document.deleteMany({ where: { id: { in: ids } } }); // want "deleteMany on tenant-scoped \"Document\" does not filter"
}

// A value from elsewhere pushed as well is no row's id.
export async function clearGiven(teamId: string, other: string) {
  const docs = await prisma.document.findMany({ where: { teamId } });
  const ids: string[] = [];
  for (const doc of docs) ids.push(doc.id);
  ids.push(other);
  await prisma.document.deleteMany({ where: { id: { in: ids } } }); // want "deleteMany on tenant-scoped \"Document\" does not filter"
}

// A list handed to a function may be filled there.
export async function clearHanded(teamId: string) {
  const docs = await prisma.document.findMany({ where: { teamId } });
  const ids: string[] = [];
  for (const doc of docs) ids.push(doc.id);
  collect(ids);
  await prisma.document.deleteMany({ where: { id: { in: ids } } }); // want "deleteMany on tenant-scoped \"Document\" does not filter"
}

// A loop variable declared with let may be given another value: it
// stands for no row.
export async function clearReassigned(teamId: string, other: any) {
  const docs = await prisma.document.findMany({ where: { teamId } });
  const ids: string[] = [];
  for (let doc of docs) {
    doc = other;
    ids.push(doc.id);
  }
  await prisma.document.deleteMany({ where: { id: { in: ids } } }); // want "deleteMany on tenant-scoped \"Document\" does not filter"
}

// An entry filled from another field, or from a spread, is not the row's id.
export async function clearOtherEntry(teamId: string, extra: any) {
  const docs = await prisma.document.findMany({ where: { teamId } });
  const claimed: { id: string }[] = [];
  const spread: { id: string }[] = [];
  for (const doc of docs) {
    claimed.push({ id: doc.name });
    spread.push({ id: doc.id, ...extra });
  }
  await prisma.document.updateMany({ where: { id: { in: claimed.map((c) => c.id) } }, data: { sheet: false } }); // want "updateMany on tenant-scoped \"Document\" does not filter"
  await prisma.document.updateMany({ where: { id: { in: spread.map((c) => c.id) } }, data: { sheet: false } }); // want "updateMany on tenant-scoped \"Document\" does not filter"
}

// marble's media: the pushed list walked again, after the write or before
// it, only to read what it holds.
export async function clearThenWalk(teamId: string) {
  const docs = await prisma.document.findMany({ where: { teamId } });
  const claimed: { id: string; doc: any }[] = [];
  for (const doc of docs) claimed.push({ id: doc.id, doc });
  for (const c of claimed) console.log(c.id, c.doc.sheet);
  await prisma.document.updateMany({ where: { id: { in: claimed.map((c) => c.id) } }, data: { sheet: false } });
  for (const { doc } of claimed) console.log(doc.sheet);
  const ids: string[] = [];
  for (const doc of docs) ids.push(doc.id);
  await prisma.document.deleteMany({ where: { id: { in: ids } } });
  for (const id of ids) console.log(id);
}

// A walk that gives an element another id, or hands the element on,
// which may.
export async function walkRewrites(teamId: string, other: string) {
  const docs = await prisma.document.findMany({ where: { teamId } });
  const claimed: { id: string; doc: any }[] = [];
  for (const doc of docs) claimed.push({ id: doc.id, doc });
  for (const c of claimed) c.id = other;
  await prisma.document.updateMany({ where: { id: { in: claimed.map((c) => c.id) } }, data: { sheet: false } }); // want "updateMany on tenant-scoped \"Document\" does not filter"
}

export async function walkHands(teamId: string) {
  const docs = await prisma.document.findMany({ where: { teamId } });
  const claimed: { id: string; doc: any }[] = [];
  for (const doc of docs) claimed.push({ id: doc.id, doc });
  for (const c of claimed) collect([c.id]), Object.assign(c, { id: "x" });
  await prisma.document.updateMany({ where: { id: { in: claimed.map((c) => c.id) } }, data: { sheet: false } }); // want "updateMany on tenant-scoped \"Document\" does not filter"
}

// A loop whose name it does not declare, or declares with var, leaves
// the last element in it, for anything after the loop to rewrite.
declare function rename(doc: { id: string }): void;
export async function walkKeepsLast(teamId: string) {
  const docs = await prisma.document.findMany({ where: { teamId } });
  const claimed: { id: string; doc: any }[] = [];
  for (const doc of docs) claimed.push({ id: doc.id, doc });
  let last: any;
  for (last of claimed) console.log(last.id);
  rename(last);
  await prisma.document.updateMany({ where: { id: { in: claimed.map((c) => c.id) } }, data: { sheet: false } }); // want "updateMany on tenant-scoped \"Document\" does not filter"
  const kept: { id: string; doc: any }[] = [];
  for (const doc of docs) kept.push({ id: doc.id, doc });
  for (var held of kept) console.log(held.id);
  rename(held!);
  await prisma.document.updateMany({ where: { id: { in: kept.map((c) => c.id) } }, data: { sheet: false } }); // want "updateMany on tenant-scoped \"Document\" does not filter"
}

// Its own let, even one given another value, holds no element past it.
export async function walkOwnLet(teamId: string) {
  const docs = await prisma.document.findMany({ where: { teamId } });
  const claimed: { id: string; doc: any }[] = [];
  for (const doc of docs) claimed.push({ id: doc.id, doc });
  for (let c of claimed) console.log(c.id);
  await prisma.document.updateMany({ where: { id: { in: claimed.map((c) => c.id) } }, data: { sheet: false } });
}

// A method that reads the list but hands its elements on: to a named
// function, to a callback given the list itself, or out (find, filter).
export async function readHands(teamId: string) {
  const docs = await prisma.document.findMany({ where: { teamId } });
  const claimed: { id: string; doc: any }[] = [];
  for (const doc of docs) claimed.push({ id: doc.id, doc });
  claimed.forEach(rename);
  await prisma.document.updateMany({ where: { id: { in: claimed.map((c) => c.id) } }, data: { sheet: false } }); // want "updateMany on tenant-scoped \"Document\" does not filter"
  const found: { id: string; doc: any }[] = [];
  for (const doc of docs) found.push({ id: doc.id, doc });
  rename(found.find((c) => c.doc.sheet)!);
  await prisma.document.updateMany({ where: { id: { in: found.map((c) => c.id) } }, data: { sheet: false } }); // want "updateMany on tenant-scoped \"Document\" does not filter"
  const listed: { id: string; doc: any }[] = [];
  for (const doc of docs) listed.push({ id: doc.id, doc });
  listed.forEach((c, i, all) => rename(all[i]));
  await prisma.document.updateMany({ where: { id: { in: listed.map((c) => c.id) } }, data: { sheet: false } }); // want "updateMany on tenant-scoped \"Document\" does not filter"
}

// Callbacks that only read the element, or destructure it.
export async function readOnly(teamId: string) {
  const docs = await prisma.document.findMany({ where: { teamId } });
  const claimed: { id: string; doc: any }[] = [];
  for (const doc of docs) claimed.push({ id: doc.id, doc });
  if (!claimed.some((c) => c.doc.sheet)) return;
  claimed.forEach(({ doc }) => rename(doc));
  await prisma.document.updateMany({ where: { id: { in: claimed.map((c) => c.id) } }, data: { sheet: false } });
}

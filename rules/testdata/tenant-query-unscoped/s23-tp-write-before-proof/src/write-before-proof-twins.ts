import { prisma } from "./db";

// Near misses: the write may run between the lookup and the use.

// Between the lookup and the use, on another object's `id`: it may be
// the same object under another name.
export async function otherIdBetween(projectId: number, caseData: { id: number; name: string }, other: any) {
  const found = await prisma.case.findFirst({ where: { id: caseData.id, projectId } });
  other.id = 5;
  if (found) await prisma.case.update({ where: { id: caseData.id }, data: { name: caseData.name } }); // want "update on tenant-scoped \"Case\" does not filter by the tenant"
}

// An alias written between.
export async function aliasBetween(projectId: number, caseData: { id: number; name: string }) {
  const alias = caseData;
  const found = await prisma.case.findFirst({ where: { id: caseData.id, projectId } });
  alias.id = 7;
  if (found) await prisma.case.update({ where: { id: caseData.id }, data: { name: caseData.name } }); // want "update on tenant-scoped \"Case\" does not filter by the tenant"
}

// Written after the use, in the loop that holds the lookup and the use:
// it runs before the next turn's use too.
export async function afterUseInLoop(projectId: number, list: { id: number; name: string }[], ids: number[]) {
  for (const caseData of list) {
    const found = await prisma.case.findFirst({ where: { id: caseData.id, projectId } });
    if (found) await prisma.case.update({ where: { id: caseData.id }, data: { name: caseData.name } }); // want "update on tenant-scoped \"Case\" does not filter by the tenant"
    const other: any = {};
    other.id = ids[0];
  }
}

// Written before the lookup, but in a loop that holds the use.
export async function beforeInLoop(projectId: number, caseData: { id: number; name: string }, ids: number[]) {
  for (const id of ids) {
    const other: any = {};
    other.id = id;
    const found = await prisma.case.findFirst({ where: { id: caseData.id, projectId } });
    if (found) await prisma.case.update({ where: { id: caseData.id }, data: { name: caseData.name } }); // want "update on tenant-scoped \"Case\" does not filter by the tenant"
  }
}

// Written before the lookup into an object the function did not make (a
// parameter): another run of the function may write it while this one
// waits for its lookup.
export async function paramWrittenFirst(projectId: number, caseData: { id: number; name: string }, next: number) {
  caseData.id = next;
  const found = await prisma.case.findFirst({ where: { id: caseData.id, projectId } });
  if (found) await prisma.case.update({ where: { id: caseData.id }, data: { name: caseData.name } }); // want "update on tenant-scoped \"Case\" does not filter by the tenant"
}

// A module's object written first: every request shares it.
const shared: any = { id: 0 };
export async function moduleWrittenFirst(projectId: number, next: number) {
  shared.id = next;
  const found = await prisma.case.findFirst({ where: { id: shared.id, projectId } });
  if (found) await prisma.case.update({ where: { id: shared.id }, data: { name: "x" } }); // want "update on tenant-scoped \"Case\" does not filter by the tenant"
}

// An outer function's object, written first in each callback: the
// callbacks run together, one writing while another waits.
export async function capturedWrittenFirst(projectId: number, ids: number[]) {
  const box: any = { id: 0 };
  await Promise.all(
    ids.map(async (id) => {
      box.id = id;
      const found = await prisma.case.findFirst({ where: { id: box.id, projectId } });
      if (found) await prisma.case.update({ where: { id: box.id }, data: { name: "x" } }); // want "update on tenant-scoped \"Case\" does not filter by the tenant"
    }),
  );
}

// Written in a callback made before the lookup, which may run later.
export async function callbackFirst(projectId: number, caseData: { id: number; name: string }, next: number) {
  setTimeout(() => {
    caseData.id = next;
  }, 0);
  const found = await prisma.case.findFirst({ where: { id: caseData.id, projectId } });
  if (found) await prisma.case.update({ where: { id: caseData.id }, data: { name: caseData.name } }); // want "update on tenant-scoped \"Case\" does not filter by the tenant"
}

// A const literal holding the row's object, written through first: the
// write reaches the row itself.
export async function literalHoldsRow(projectId: number, caseData: { id: number; name: string }, next: number) {
  const holder: any = { row: caseData };
  holder.row.id = next;
  const found = await prisma.case.findFirst({ where: { id: caseData.id, projectId } });
  if (found) await prisma.case.update({ where: { id: caseData.id }, data: { name: caseData.name } }); // want "update on tenant-scoped \"Case\" does not filter by the tenant"
}

// The row's key written after its lookup by name and tenant.
export async function rowKeyAfter(projectId: number, name: string, next: number) {
  const run = await prisma.case.findFirst({ where: { name, projectId } });
  const other: any = {};
  other.id = next;
  if (run) await prisma.case.update({ where: { id: run.id }, data: { name: "run" } }); // want "update on tenant-scoped \"Case\" does not filter by the tenant"
}

// Attacks on the settled writes.

// A literal's member given the module's object before it is written
// through: the write reaches an object every request shares.
export async function memberReplacedFirst(projectId: number, next: number) {
  const h: any = { v: {} };
  h.v = shared;
  h.v.id = next;
  const found = await prisma.case.findFirst({ where: { id: shared.id, projectId } });
  if (found) await prisma.case.update({ where: { id: shared.id }, data: { name: "x" } }); // want "update on tenant-scoped \"Case\" does not filter by the tenant"
}

// A literal whose member a spread may replace.
export async function spreadMemberFirst(projectId: number, src: any, next: number) {
  const h: any = { v: {}, ...src };
  h.v.id = next;
  const found = await prisma.case.findFirst({ where: { id: src.v.id, projectId } });
  if (found) await prisma.case.update({ where: { id: src.v.id }, data: { name: "x" } }); // want "update on tenant-scoped \"Case\" does not filter by the tenant"
}

// A setter of the literal writes the module's object.
export async function setterFirst(projectId: number, next: number) {
  const o: any = {
    set id(v: number) {
      shared.id = v;
    },
  };
  o.id = next;
  const found = await prisma.case.findFirst({ where: { id: shared.id, projectId } });
  if (found) await prisma.case.update({ where: { id: shared.id }, data: { name: "x" } }); // want "update on tenant-scoped \"Case\" does not filter by the tenant"
}

// In a do-while with the lookup, before it: the next turn's write runs
// after this turn's lookup, and the use may come from that turn.
export async function doWhileFirst(projectId: number, caseData: { id: number; name: string }, ids: number[]) {
  let i = 0;
  let found: any = null;
  do {
    const o: any = {};
    o.id = ids[i];
    if (i === 0) found = await prisma.case.findFirst({ where: { id: caseData.id, projectId } });
    if (found) await prisma.case.update({ where: { id: caseData.id }, data: { name: caseData.name } }); // want "update on tenant-scoped \"Case\" does not filter by the tenant"
  } while (++i < ids.length);
}

// A lookup in one callback, the use in another: the write in between
// runs in the outer function.
export async function useInCallback(projectId: number, caseData: { id: number; name: string }, next: number) {
  const found = await prisma.case.findFirst({ where: { id: caseData.id, projectId } });
  const o: any = {};
  o.id = next;
  await Promise.all([1].map(async () => {
    if (found) await prisma.case.update({ where: { id: caseData.id }, data: { name: caseData.name } }); // want "update on tenant-scoped \"Case\" does not filter by the tenant"
  }));
}

// The fresh object handed the key's holder between the lookup and the use.
export async function assignedBetween(projectId: number, caseData: { id: number; name: string }, src: any) {
  const o: any = {};
  o.id = 1;
  const found = await prisma.case.findFirst({ where: { id: caseData.id, projectId } });
  Object.assign(caseData, src);
  if (found) await prisma.case.update({ where: { id: caseData.id }, data: { name: caseData.name } }); // want "update on tenant-scoped \"Case\" does not filter by the tenant"
}

// Written inside the lookup's own where, then again before the use.
export async function writtenInLookup(projectId: number, x: number, y: number) {
  const o: any = {};
  const found = await prisma.case.findFirst({ where: { id: (o.id = x), projectId } });
  o.id = y;
  if (found) await prisma.case.update({ where: { id: o.id }, data: { name: "" } }); // want "update on tenant-scoped \"Case\" does not filter by the tenant"
}

// Written first, then through another name by a computed key between.
export async function aliasComputedBetween(projectId: number, x: number, k: string) {
  const o: any = {};
  o.id = x;
  const found = await prisma.case.findFirst({ where: { id: o.id, projectId } });
  const p = o;
  p[k] = 9;
  if (found) await prisma.case.update({ where: { id: o.id }, data: { name: "" } }); // want "update on tenant-scoped \"Case\" does not filter by the tenant"
}

// Written first, then again in a loop after the use, the lookup outside it.
export async function rewrittenInLoop(projectId: number, xs: number[]) {
  const o: any = {};
  o.id = xs[0];
  const found = await prisma.case.findFirst({ where: { id: o.id, projectId } });
  for (const x of xs) {
    if (found) await prisma.case.update({ where: { id: o.id }, data: { name: "" } }); // want "update on tenant-scoped \"Case\" does not filter by the tenant"
    o.id = x;
  }
}

// indexOf of an object the function did not make: any method may run.
export async function placeInForeignList(projectId: number, list: { id: number; name: string }[], places: any) {
  for (const caseData of list) {
    try {
      const existing = await prisma.case.findFirst({ where: { id: caseData.id, projectId } });
      if (existing) await prisma.case.update({ where: { id: caseData.id }, data: { name: caseData.name } }); // want "update on tenant-scoped \"Case\" does not filter by the tenant"
    } catch {
      places.indexOf(caseData);
    }
  }
}

// The array's indexOf given another function, by name or computed, or
// the array handed on: the call may change the row.
declare function patch(list: unknown[]): void;
export async function placeInPatchedList(projectId: number, list: { id: number; name: string }[], f: any) {
  const own: any[] = [];
  own.indexOf = f;
  for (const caseData of list) {
    try {
      const existing = await prisma.case.findFirst({ where: { id: caseData.id, projectId } });
      if (existing) await prisma.case.update({ where: { id: caseData.id }, data: { name: caseData.name } }); // want "update on tenant-scoped \"Case\" does not filter by the tenant"
    } catch {
      own.indexOf(caseData);
    }
  }
}

export async function placeInComputedList(projectId: number, list: { id: number; name: string }[], f: any, k: string) {
  const own: any[] = [];
  own[k] = f;
  for (const caseData of list) {
    try {
      const existing = await prisma.case.findFirst({ where: { id: caseData.id, projectId } });
      if (existing) await prisma.case.update({ where: { id: caseData.id }, data: { name: caseData.name } }); // want "update on tenant-scoped \"Case\" does not filter by the tenant"
    } catch {
      own.includes(caseData);
    }
  }
}

export async function placeInHandedList(projectId: number, list: { id: number; name: string }[]) {
  const own: any[] = [];
  patch(own);
  for (const caseData of list) {
    try {
      const existing = await prisma.case.findFirst({ where: { id: caseData.id, projectId } });
      if (existing) await prisma.case.update({ where: { id: caseData.id }, data: { name: caseData.name } }); // want "update on tenant-scoped \"Case\" does not filter by the tenant"
    } catch {
      own.lastIndexOf(caseData);
    }
  }
}

// A settled write first, then the row's name given another row between.
export async function reboundBetween(projectId: number, a: { id: number }, b: { id: number }) {
  let row: any = a;
  const other: any = {};
  other.id = 5;
  const found = await prisma.case.findFirst({ where: { id: row.id, projectId } });
  row = b;
  if (found) await prisma.case.update({ where: { id: row.id }, data: { name: "" } }); // want "update on tenant-scoped \"Case\" does not filter by the tenant"
}

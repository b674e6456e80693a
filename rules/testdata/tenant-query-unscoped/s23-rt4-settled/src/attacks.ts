import { prisma } from "./db";

// The for's update clause stands before the body but runs after it: the
// next turn's key is written between this turn's lookup and its update.
export async function forUpdateClause(projectId: number, next: number[]) {
  const o: any = { id: 0 };
  for (let i = 0; i < next.length; o.id = next[i++]) {
    const found = await prisma.case.findFirst({ where: { id: o.id, projectId } });
    await Promise.resolve();
    if (found) await prisma.case.update({ where: { id: o.id }, data: { name: "" } }); // want "update on tenant-scoped \"Case\" does not filter by the tenant"
  }
}

// A write before the lookup into an object the run made, whose key an
// un-awaited callback started earlier writes after the lookup.
export async function laterTimer(projectId: number, other: number) {
  const o: any = { id: 0 };
  o.id = 1;
  setTimeout(() => {
    o.id = other;
  }, 0);
  const found = await prisma.case.findFirst({ where: { id: o.id, projectId } });
  if (found) await prisma.case.update({ where: { id: o.id }, data: { name: "" } }); // want "update on tenant-scoped \"Case\" does not filter by the tenant"
}

// A write in the loop that holds the lookup: it runs before this turn's
// lookup, but the proof refuses any write in one loop with the lookup
// (fail closed; a later turn runs it after an earlier turn's lookup).
export async function whileTestWrites(projectId: number, it: Iterator<number>) {
  const o: any = { id: 0 };
  let r: IteratorResult<number>;
  while (!(r = it.next()).done) {
    o.id = r.value;
    const found = await prisma.case.findFirst({ where: { id: o.id, projectId } });
    if (found) await prisma.case.update({ where: { id: o.id }, data: { name: "" } }); // want "update on tenant-scoped \"Case\" does not filter by the tenant"
  }
}

// A write before the lookup into a member the literal made, after which
// the member is given a shared object by Object.assign on the holder.
export async function holderReassigned(projectId: number, shared: any) {
  const o: any = { inner: {} };
  o.inner.id = 1;
  Object.assign(o, { inner: shared });
  const found = await prisma.case.findFirst({ where: { id: o.inner.id, projectId } });
  await Promise.resolve();
  if (found) await prisma.case.update({ where: { id: o.inner.id }, data: { name: "" } }); // want "update on tenant-scoped \"Case\" does not filter by the tenant"
}


declare const prisma: any;
declare function check(d: any): boolean;

// Ids pushed from several loops, over the tenant's rows, a slice of them,
// or a list of whole rows filled the same way, are ids of the tenant's
// rows: openpanel's insights/store.ts.
export async function prune(teamId: string, keep: number, stale: boolean) {
  const docs = await prisma.document.findMany({ where: { teamId } });
  const toDelete: string[] = [];
  if (stale) {
    const fresh: typeof docs = [];
    for (const doc of docs) {
      if (doc.sheet) toDelete.push(doc.id);
      else fresh.push(doc);
    }
    for (const doc of fresh.slice(keep)) toDelete.push(doc.id);
  } else {
    for (const doc of docs.filter((d: any) => d.sheet).slice(keep)) toDelete.push(doc.id);
  }
  await prisma.document.deleteMany({ where: { id: { in: toDelete } } });
}

// One loop over rows read without the tenant, a whole row from elsewhere,
// a row changed before it is pushed, a filter that hands rows out, a loop
// over rows mapped to new objects, a value that is no row's: any of them
// makes the list anyone's ids.
export async function pruneAny(teamId: string, keep: number, other: any) {
  const docs = await prisma.document.findMany({ where: { teamId } });
  const others = await prisma.document.findMany({ where: { sheet: true } }); // want "findMany on tenant-scoped \"Document\" does not filter"
  const mixed: string[] = [];
  for (const doc of docs) mixed.push(doc.id);
  for (const doc of others.slice(keep)) mixed.push(doc.id);
  await prisma.document.deleteMany({ where: { id: { in: mixed } } }); // want "deleteMany on tenant-scoped \"Document\" does not filter"
  const fresh: any[] = [];
  const viaFresh: string[] = [];
  for (const doc of docs) fresh.push(doc);
  fresh.push(other);
  for (const doc of fresh) viaFresh.push(doc.id);
  await prisma.document.deleteMany({ where: { id: { in: viaFresh } } }); // want "deleteMany on tenant-scoped \"Document\" does not filter"
  const handed: string[] = [];
  for (const doc of docs.filter((d: any) => check(d))) handed.push(doc.id);
  for (const doc of docs.slice(keep)) handed.push(doc.id);
  await prisma.document.deleteMany({ where: { id: { in: handed } } }); // want "deleteMany on tenant-scoped \"Document\" does not filter"
  const mapped: string[] = [];
  for (const doc of docs.map((d: any) => ({ id: d.name }))) mapped.push(doc.id);
  for (const doc of docs.slice(keep)) mapped.push(doc.id);
  await prisma.document.deleteMany({ where: { id: { in: mapped } } }); // want "deleteMany on tenant-scoped \"Document\" does not filter"
  const given: string[] = [];
  for (const doc of docs.slice(keep)) given.push(doc.id);
  given.push(other.id);
  await prisma.document.deleteMany({ where: { id: { in: given } } }); // want "deleteMany on tenant-scoped \"Document\" does not filter"
}

// A row changed in the loop that pushes it whole holds any id.
export async function pruneChanged(teamId: string, other: string) {
  const docs = await prisma.document.findMany({ where: { teamId } });
  const changed: any[] = [];
  const viaChanged: string[] = [];
  for (const doc of docs) {
    doc.name = other;
    if (doc.sheet) Object.assign(doc, { id: other });
    changed.push(doc);
  }
  for (const kept of changed) viaChanged.push(kept.id);
  await prisma.document.deleteMany({ where: { id: { in: viaChanged } } }); // want "deleteMany on tenant-scoped \"Document\" does not filter"
}

// A loop that only reads the rows of such a list leaves their ids the
// tenant's; one that changes them does not.
export async function pruneRead(teamId: string) {
  const docs = await prisma.document.findMany({ where: { teamId } });
  const kept: any[] = [];
  for (const doc of docs) kept.push(doc);
  const read: string[] = [];
  for (const k of kept) read.push(k.id);
  await prisma.document.deleteMany({ where: { id: { in: read } } });
}

export async function pruneRewritten(teamId: string, other: string) {
  const docs = await prisma.document.findMany({ where: { teamId } });
  const kept: any[] = [];
  for (const doc of docs) kept.push(doc);
  for (const k of kept) k.id = other;
  const ids: string[] = [];
  for (const d of kept) ids.push(d.id);
  await prisma.document.deleteMany({ where: { id: { in: ids } } }); // want "deleteMany on tenant-scoped \"Document\" does not filter"
}

// A row handed on inside an object in the loop that pushes it whole: the
// call may change its id.
export async function pruneHandedInObject(teamId: string) {
  const docs = await prisma.document.findMany({ where: { teamId } });
  const handed: any[] = [];
  const viaHanded: string[] = [];
  for (const doc of docs) {
    check({ doc });
    handed.push(doc);
  }
  for (const kept of handed) viaHanded.push(kept.id);
  await prisma.document.deleteMany({ where: { id: { in: viaHanded } } }); // want "deleteMany on tenant-scoped \"Document\" does not filter"
}

// A row whose name only is handed on inside an object.
export async function pruneNameHanded(teamId: string) {
  const docs = await prisma.document.findMany({ where: { teamId } });
  const named: any[] = [];
  const viaNamed: string[] = [];
  for (const doc of docs) {
    check({ name: doc.name });
    named.push(doc);
  }
  for (const kept of named) viaNamed.push(kept.id);
  await prisma.document.deleteMany({ where: { id: { in: viaNamed } } });
}

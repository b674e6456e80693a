declare const prisma: any;

// A helper of the file that hands its callback only elements of the list
// it is given (Comp AI's mapWithConcurrency): the callback's row is one of
// the team's documents.
async function mapWithConcurrency<T, R>(items: T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    for (;;) {
      const i = next++;
      if (i >= items.length) return;
      results[i] = await fn(items[i], i);
    }
  });
  await Promise.all(workers);
  return results;
}

export async function hideAll(teamId: string) {
  const docs = await prisma.document.findMany({ where: { teamId } });
  return mapWithConcurrency(docs, 4, async (doc) => {
    await prisma.document.update({ where: { id: doc.id }, data: { sheet: false } });
    return doc.id;
  });
}

// The list handed over holds a row the team's query did not return.
export async function hideWithExtra(teamId: string, extra: any) {
  const docs = await prisma.document.findMany({ where: { teamId } });
  docs.push(extra);
  return mapWithConcurrency(docs, 4, async (doc) => {
    await prisma.document.update({ where: { id: doc.id }, data: { sheet: false } }); // want "update on tenant-scoped \"Document\" does not filter"
  });
}

// ... or is given one while the helper still reads it.
export async function hideGrowing(teamId: string, extra: any) {
  const docs = await prisma.document.findMany({ where: { teamId } });
  const done = mapWithConcurrency(docs, 4, async (doc) => {
    await prisma.document.update({ where: { id: doc.id }, data: { sheet: false } }); // want "update on tenant-scoped \"Document\" does not filter"
  });
  docs.push(extra);
  return done;
}

// A helper that also hands its callback something else.
async function mapWithFallback<T, R>(items: T[], fallback: T, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  let next = 0;
  for (;;) {
    const i = next++;
    if (i >= items.length) break;
    out.push(await fn(items[i]));
  }
  out.push(await fn(fallback));
  return out;
}

export async function hideWithFallback(teamId: string, other: any) {
  const docs = await prisma.document.findMany({ where: { teamId } });
  return mapWithFallback(docs, other, async (doc) => {
    await prisma.document.update({ where: { id: doc.id }, data: { sheet: false } }); // want "update on tenant-scoped \"Document\" does not filter"
  });
}

// A helper reading past the end of the list: its callback may get
// undefined, whose key `doc?.id` is no filter.
async function mapUnbounded<T, R>(items: T[], fn: (item: T) => Promise<R>): Promise<R> {
  let next = 0;
  const i = next++;
  return fn(items[i]);
}

export async function hideUnbounded(teamId: string) {
  const docs = await prisma.document.findMany({ where: { teamId } });
  return mapUnbounded(docs, async (doc) => {
    await prisma.document.deleteMany({ where: { id: doc?.id } }); // want "deleteMany on tenant-scoped \"Document\" does not filter"
  });
}

// A helper that adds to the list before handing its elements on.
async function mapPadded<T, R>(items: T[], pad: T, fn: (item: T) => Promise<R>): Promise<R[]> {
  items.push(pad);
  const out: R[] = [];
  let next = 0;
  for (;;) {
    const i = next++;
    if (i >= items.length) break;
    out.push(await fn(items[i]));
  }
  return out;
}

export async function hidePadded(teamId: string, other: any) {
  const docs = await prisma.document.findMany({ where: { teamId } });
  return mapPadded(docs, other, async (doc) => {
    await prisma.document.update({ where: { id: doc.id }, data: { sheet: false } }); // want "update on tenant-scoped \"Document\" does not filter"
  });
}

// The callback handed over reads a row of another lookup.
export async function hideOther(teamId: string, id: string) {
  const docs = await prisma.document.findMany({ where: { teamId } });
  const other = await prisma.document.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Document\" does not filter"
  return mapWithConcurrency(docs, 4, async (doc) => {
    await prisma.document.update({ where: { id: other.id }, data: { sheet: doc.sheet } }); // want "update on tenant-scoped \"Document\" does not filter"
  });
}

declare const prisma: any;
declare function queue(jobs: any[]): Promise<void>;
declare function mutate(x: any): void;
declare function later(): Promise<void>;

// Rows the function created, gathered in a list of records and marked
// failed by id when queueing fails: useSend's bulk send
// (email-service.ts). Every record holds a row a create returned.
export async function sendBulk(teamId: string, items: any[]) {
  const created = [];
  for (const item of items) {
    const doc = await prisma.document.create({ data: { teamId, sheet: item.sheet } });
    created.push({ doc, index: item.index });
  }
  try {
    await queue(items);
  } catch (error) {
    await Promise.all(
      created.map(async (c) => {
        await later();
        await prisma.document.update({ where: { id: c.doc.id }, data: { sheet: false } });
      }),
    );
    throw error;
  }
  for (const c of created) {
    await prisma.document.update({ where: { id: c.doc.id }, data: { sheet: true } });
  }
  const all = [...created];
  all.sort((a, b) => a.index - b.index);
  return all.map((c) => c.doc);
}

// The rows themselves pushed, and written by their ids.
export async function sendRows(teamId: string, items: any[]) {
  const rows = [];
  for (const item of items) {
    const doc = await prisma.document.create({ data: { teamId, sheet: item.sheet } });
    rows.push(doc);
  }
  await Promise.all(rows.map((r) => prisma.document.delete({ where: { id: r.id } })));
}

// A record of a row found without the tenant: any team's row.
export async function sendFound(teamId: string, items: any[], otherId: string) {
  const created = [];
  for (const item of items) {
    const doc = await prisma.document.create({ data: { teamId, sheet: item.sheet } });
    created.push({ doc, index: item.index });
  }
  const other = await prisma.document.findUnique({ where: { id: otherId } }); // want "findUnique on tenant-scoped \"Document\" does not filter"
  created.push({ doc: other, index: 0 });
  for (const c of created) {
    await prisma.document.update({ where: { id: c.doc.id }, data: { sheet: true } }); // want "update on tenant-scoped \"Document\" does not filter"
  }
}

// A row given as a parameter, pushed itself.
export async function sendGiven(teamId: string, items: any[], given: any) {
  const rows = [];
  for (const item of items) {
    const doc = await prisma.document.create({ data: { teamId, sheet: item.sheet } });
    rows.push(doc);
  }
  rows.push(given);
  await Promise.all(rows.map((r) => prisma.document.delete({ where: { id: r.id } }))); // want "delete on tenant-scoped \"Document\" does not filter"
}

// A record's row replaced after its push.
export async function sendReplaced(teamId: string, items: any[], given: any) {
  const created = [];
  for (const item of items) {
    const doc = await prisma.document.create({ data: { teamId, sheet: item.sheet } });
    created.push({ doc, index: item.index });
  }
  created[0].doc = given;
  for (const c of created) {
    await prisma.document.update({ where: { id: c.doc.id }, data: { sheet: true } }); // want "update on tenant-scoped \"Document\" does not filter"
  }
}

// The list handed to a function that may change its records.
export async function sendHanded(teamId: string, items: any[]) {
  const created = [];
  for (const item of items) {
    const doc = await prisma.document.create({ data: { teamId, sheet: item.sheet } });
    created.push({ doc, index: item.index });
  }
  mutate(created);
  for (const c of created) {
    await prisma.document.update({ where: { id: c.doc.id }, data: { sheet: true } }); // want "update on tenant-scoped \"Document\" does not filter"
  }
}

// Promises not settled before the records are handed on: the writes read
// their ids after the records may have changed.
export async function sendUnsettled(teamId: string, items: any[]) {
  const created = [];
  for (const item of items) {
    const doc = await prisma.document.create({ data: { teamId, sheet: item.sheet } });
    created.push({ doc, index: item.index });
  }
  const writes = created.map(async (c) => {
    await later();
    await prisma.document.update({ where: { id: c.doc.id }, data: { sheet: false } }); // want "update on tenant-scoped \"Document\" does not filter"
  });
  mutate([...created]);
  await Promise.all(writes);
}

// A closure run after the records are handed on.
export async function sendDeferred(teamId: string, items: any[]) {
  const created = [];
  for (const item of items) {
    const doc = await prisma.document.create({ data: { teamId, sheet: item.sheet } });
    created.push({ doc, index: item.index });
  }
  const fail = () => Promise.all(created.map((c) => prisma.document.delete({ where: { id: c.doc.id } }))); // want "delete on tenant-scoped \"Document\" does not filter"
  mutate([...created]);
  await fail();
}

// The element bound again in the callback, and another entry read.
export async function sendRebound(teamId: string, items: any[], given: any) {
  const created = [];
  for (const item of items) {
    const doc = await prisma.document.create({ data: { teamId, sheet: item.sheet } });
    created.push({ doc, index: item.index, prev: given });
  }
  for (const c of created) {
    await prisma.document.update({ where: { id: c.prev.id }, data: { sheet: true } }); // want "update on tenant-scoped \"Document\" does not filter"
  }
  await Promise.all(
    created.map(async (c) => {
      const inner = given;
      {
        const c = inner;
        await prisma.document.delete({ where: { id: c.doc.id } }); // want "delete on tenant-scoped \"Document\" does not filter"
      }
    }),
  );
}

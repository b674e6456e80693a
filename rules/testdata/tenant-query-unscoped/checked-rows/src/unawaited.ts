declare const prisma: any;

// A lookup whose promise is not awaited binds a promise, never a row or a
// number: `if (!doc)` and `if (!count)` never leave, so the write after
// them runs whether or not the tenant's row was found (a forgotten await
// on a guard). Each leak has an awaited twin that stays quiet.

export async function guard(id: string, teamId: string) {
  const doc = prisma.document.findFirst({ where: { id, teamId } });
  if (!doc) throw new Error("not found");
  await prisma.document.delete({ where: { id } }); // want "delete on tenant-scoped \"Document\" does not filter by the tenant"
}

export async function guardAwaited(id: string, teamId: string) {
  const doc = await prisma.document.findFirst({ where: { id, teamId } });
  if (!doc) throw new Error("not found");
  await prisma.document.delete({ where: { id } });
}

export async function counted(id: string, teamId: string) {
  const n = prisma.document.count({ where: { id, teamId } });
  if (!n) throw new Error("not found");
  await prisma.document.delete({ where: { id } }); // want "delete on tenant-scoped \"Document\" does not filter by the tenant"
}

export async function countedAwaited(id: string, teamId: string) {
  const n = await prisma.document.count({ where: { id, teamId } });
  if (!n) throw new Error("not found");
  await prisma.document.delete({ where: { id } });
}

// In a try whose catch leaves: nothing throws, the promise is never read.
export async function tried(id: string, teamId: string) {
  try {
    const doc = prisma.document.findFirst({ where: { id, teamId } });
    if (!doc) throw new Error("not found");
  } catch {
    return;
  }
  await prisma.document.delete({ where: { id } }); // want "delete on tenant-scoped \"Document\" does not filter by the tenant"
}

export async function triedAwaited(id: string, teamId: string) {
  try {
    const doc = await prisma.document.findFirst({ where: { id, teamId } });
    if (!doc) throw new Error("not found");
  } catch {
    return;
  }
  await prisma.document.delete({ where: { id } });
}

// Under the same test of a const.
export async function sameTest(teamId: string, docId: string | undefined) {
  if (docId) {
    const doc = prisma.document.findFirst({ where: { id: docId, teamId } });
    if (!doc) throw new Error("not found");
  }
  if (docId) {
    await prisma.document.delete({ where: { id: docId } }); // want "delete on tenant-scoped \"Document\" does not filter by the tenant"
  }
}

export async function sameTestAwaited(teamId: string, docId: string | undefined) {
  if (docId) {
    const doc = await prisma.document.findFirst({ where: { id: docId, teamId } });
    if (!doc) throw new Error("not found");
  }
  if (docId) {
    await prisma.document.delete({ where: { id: docId } });
  }
}

// A link's key: the parent looked up, not awaited, then linked.
export async function linked(teamId: string, linkId: string, id: string) {
  const link = prisma.link.findFirst({ where: { id: linkId, document: { teamId } } });
  if (!link) throw new Error("not found");
  await prisma.tag.update({ where: { id, link: { document: { teamId } } }, data: { linkId } }); // want "update on \"Tag\" links a \"Link\" by \"linkId\" alone"
}

export async function linkedAwaited(teamId: string, linkId: string, id: string) {
  const link = await prisma.link.findFirst({ where: { id: linkId, document: { teamId } } });
  if (!link) throw new Error("not found");
  await prisma.tag.update({ where: { id, link: { document: { teamId } } }, data: { linkId } });
}

// A flag read from a promise is always true.
export async function flagged(id: string, teamId: string, sent: boolean, raw: string | null) {
  const target = raw;
  if (sent && target !== null) {
    const owned = prisma.link.findFirst({ where: { id: target, document: { teamId } } });
    const isMember = Boolean(owned);
    if (!isMember) throw new Error("not found");
  }
  if (sent) {
    await prisma.tag.update({ where: { id, link: { document: { teamId } } }, data: { linkId: target } }); // want "update on \"Tag\" links a \"Link\" by \"linkId\" alone"
  }
}

export async function flaggedAwaited(id: string, teamId: string, sent: boolean, raw: string | null) {
  const target = raw;
  if (sent && target !== null) {
    const owned = await prisma.link.findFirst({ where: { id: target, document: { teamId } } });
    const isMember = Boolean(owned);
    if (!isMember) throw new Error("not found");
  }
  if (sent) {
    await prisma.tag.update({ where: { id, link: { document: { teamId } } }, data: { linkId: target } });
  }
}

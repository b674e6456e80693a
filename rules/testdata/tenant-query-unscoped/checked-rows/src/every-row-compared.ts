declare const prisma: any;
declare function touch(d: any): boolean;

// Rows found by ids alone, then left behind when any row's tenant is not
// the caller's: every row kept is the tenant's, as one row compared with
// the tenant is (`if (doc.teamId !== teamId) throw …`).
export async function moveDocs(teamId: string, ids: string[]) {
  const docs = await prisma.document.findMany({ where: { id: { in: ids } } });
  if (docs.some((d) => d.teamId !== teamId)) throw new Error("not found");
  await prisma.document.updateMany({ where: { id: { in: docs.map((d) => d.id) } }, data: { sheet: true } });
  for (const doc of docs) {
    await prisma.link.deleteMany({ where: { documentId: doc.id } });
  }
  await prisma.$transaction(async (tx: any) => {
    await tx.document.deleteMany({ where: { id: { in: docs.map((d) => d.id) } } });
  });
}

export async function moveDocsEvery(teamId: string, ids: string[]) {
  const docs = await prisma.document.findMany({ where: { id: { in: ids } } });
  if (!docs.every((d) => d.teamId === teamId)) {
    return null;
  }
  return prisma.document.updateMany({ where: { id: { in: docs.map((d) => d.id) } }, data: { sheet: true } });
}

// A test that does not leave proves nothing.
export async function someNoExit(teamId: string, ids: string[]) {
  const docs = await prisma.document.findMany({ where: { id: { in: ids } } }); // want "findMany on tenant-scoped \"Document\" does not filter by the tenant"
  if (docs.some((d) => d.teamId !== teamId)) console.log("mixed");
  await prisma.document.updateMany({ where: { id: { in: docs.map((d) => d.id) } }, data: { sheet: true } }); // want "updateMany on tenant-scoped \"Document\" does not filter by the tenant"
  for (const doc of docs) {
    await prisma.link.deleteMany({ where: { documentId: doc.id } }); // want "deleteMany on tenant-scoped \"Link\" does not filter by the tenant"
  }
}

// every with the test the other way round leaves only when no row is the
// tenant's; some with === when one row is.
export async function everyMismatch(teamId: string, ids: string[]) {
  const docs = await prisma.document.findMany({ where: { id: { in: ids } } }); // want "findMany on tenant-scoped \"Document\" does not filter by the tenant"
  if (docs.every((d) => d.teamId !== teamId)) throw new Error("not found");
  await prisma.document.updateMany({ where: { id: { in: docs.map((d) => d.id) } }, data: { sheet: true } }); // want "updateMany on tenant-scoped \"Document\" does not filter by the tenant"
  const more = await prisma.document.findMany({ where: { id: { in: ids } } }); // want "findMany on tenant-scoped \"Document\" does not filter by the tenant"
  if (more.some((d) => d.teamId === teamId)) throw new Error("not found");
  await prisma.document.updateMany({ where: { id: { in: more.map((d) => d.id) } }, data: { sheet: true } }); // want "updateMany on tenant-scoped \"Document\" does not filter by the tenant"
}

// Compared with another row's tenant, fetched by id alone: the rows are
// one team's, not the caller's.
export async function otherRow(id: string, ids: string[]) {
  const first = await prisma.document.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Document\" does not filter by the tenant"
  const docs = await prisma.document.findMany({ where: { id: { in: ids } } }); // want "findMany on tenant-scoped \"Document\" does not filter by the tenant"
  if (docs.some((d) => d.teamId !== first.teamId)) throw new Error("mixed");
  await prisma.document.updateMany({ where: { id: { in: docs.map((d) => d.id) } }, data: { sheet: true } }); // want "updateMany on tenant-scoped \"Document\" does not filter by the tenant"
}

// A callback that also writes, or compares the row with itself.
export async function callbackWrites(teamId: string, ids: string[]) {
  const docs = await prisma.document.findMany({ where: { id: { in: ids } } }); // want "findMany on tenant-scoped \"Document\" does not filter by the tenant"
  if (docs.some((d) => (d.teamId = teamId) !== teamId)) throw new Error("not found");
  await prisma.document.updateMany({ where: { id: { in: docs.map((d) => d.id) } }, data: { sheet: true } }); // want "updateMany on tenant-scoped \"Document\" does not filter by the tenant"
  const self = await prisma.document.findMany({ where: { id: { in: ids } } }); // want "findMany on tenant-scoped \"Document\" does not filter by the tenant"
  if (self.some((d) => d.teamId !== d.id)) throw new Error("not found");
  await prisma.document.updateMany({ where: { id: { in: self.map((d) => d.id) } }, data: { sheet: true } }); // want "updateMany on tenant-scoped \"Document\" does not filter by the tenant"
}

// Rows changed after the test: a row of any tenant added, or a let given
// other rows. The fetch itself is judged by its test, as a single row's is.
export async function changedAfter(teamId: string, ids: string[], other: any) {
  const docs = await prisma.document.findMany({ where: { id: { in: ids } } });
  if (docs.some((d) => d.teamId !== teamId)) throw new Error("not found");
  docs.push(other);
  await prisma.document.updateMany({ where: { id: { in: docs.map((d) => d.id) } }, data: { sheet: true } }); // want "updateMany on tenant-scoped \"Document\" does not filter by the tenant"
  let rows = await prisma.document.findMany({ where: { id: { in: ids } } }); // want "findMany on tenant-scoped \"Document\" does not filter by the tenant"
  if (rows.some((d) => d.teamId !== teamId)) throw new Error("not found");
  rows = await prisma.document.findMany({ where: { id: { in: ids } } }); // want "findMany on tenant-scoped \"Document\" does not filter by the tenant"
  await prisma.document.updateMany({ where: { id: { in: rows.map((d) => d.id) } }, data: { sheet: true } }); // want "updateMany on tenant-scoped \"Document\" does not filter by the tenant"
}

// A test in a branch checks nothing: the rows pass unchecked on the other
// path, so the fetch and the code after it are both reported.
export async function inBranch(teamId: string, ids: string[], strict: boolean) {
  const docs = await prisma.document.findMany({ where: { id: { in: ids } } }); // want "findMany on tenant-scoped \"Document\" does not filter by the tenant"
  if (strict) {
    if (docs.some((d) => d.teamId !== teamId)) throw new Error("not found");
  }
  await prisma.document.updateMany({ where: { id: { in: docs.map((d) => d.id) } }, data: { sheet: true } }); // want "updateMany on tenant-scoped \"Document\" does not filter by the tenant"
  if (touch(docs)) return;
}

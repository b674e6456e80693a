declare const prisma: any;

// An id checked with the tenant proves the name only where it is that
// binding: a const of the same name in an inner block is another value.
export async function idInIf(teamId: string, id: string, given: any) {
  const doc = await prisma.document.findFirst({ where: { id, teamId } });
  if (!doc) throw new Error("not found");
  if (given.x) {
    const id = given.id;
    await prisma.document.delete({ where: { id } }); // want "delete on tenant-scoped \"Document\" does not filter"
  }
}

export async function idInElse(teamId: string, id: string, given: any) {
  const doc = await prisma.document.findFirst({ where: { id, teamId } });
  if (!doc) throw new Error("not found");
  if (given.x) {
    return null;
  } else {
    const id = given.id;
    await prisma.document.delete({ where: { id } }); // want "delete on tenant-scoped \"Document\" does not filter"
  }
}

export async function idInBareBlock(teamId: string, id: string, given: any) {
  const doc = await prisma.document.findFirst({ where: { id, teamId } });
  if (!doc) throw new Error("not found");
  {
    const id = given.id;
    await prisma.document.delete({ where: { id } }); // want "delete on tenant-scoped \"Document\" does not filter"
  }
}

export async function idInSwitchCase(teamId: string, id: string, given: any) {
  const doc = await prisma.document.findFirst({ where: { id, teamId } });
  if (!doc) throw new Error("not found");
  switch (given.kind) {
    case "a": {
      const id = given.id;
      await prisma.document.delete({ where: { id } }); // want "delete on tenant-scoped \"Document\" does not filter"
      break;
    }
    case "b":
      const id = given.id;
      await prisma.document.delete({ where: { id } }); // want "delete on tenant-scoped \"Document\" does not filter"
  }
}

export async function idInTry(teamId: string, id: string, given: any) {
  const doc = await prisma.document.findFirst({ where: { id, teamId } });
  if (!doc) throw new Error("not found");
  try {
    const id = given.id;
    await prisma.document.delete({ where: { id } }); // want "delete on tenant-scoped \"Document\" does not filter"
  } finally {
    console.log("done");
  }
}

export async function idInArrowBody(teamId: string, id: string, given: any) {
  const doc = await prisma.document.findFirst({ where: { id, teamId } });
  if (!doc) throw new Error("not found");
  const run = async () => {
    const id = given.id;
    await prisma.document.delete({ where: { id } }); // want "delete on tenant-scoped \"Document\" does not filter"
  };
  await run();
}

export async function idInNestedFunction(teamId: string, id: string, given: any) {
  const doc = await prisma.document.findFirst({ where: { id, teamId } });
  if (!doc) throw new Error("not found");
  async function run() {
    const id = given.id;
    await prisma.document.delete({ where: { id } }); // want "delete on tenant-scoped \"Document\" does not filter"
  }
  await run();
}

export async function idInClassMethod(teamId: string, id: string, given: any) {
  const doc = await prisma.document.findFirst({ where: { id, teamId } });
  if (!doc) throw new Error("not found");
  class Runner {
    async run() {
      const id = given.id;
      await prisma.document.delete({ where: { id } }); // want "delete on tenant-scoped \"Document\" does not filter"
    }
  }
  await new Runner().run();
}

// A row compared with the tenant proves its key only as that binding.
export async function rowInIf(teamId: string, id: string, given: any) {
  const doc = await prisma.document.findUnique({ where: { id } });
  if (!doc || doc.teamId !== teamId) throw new Error("not found");
  if (given.x) {
    const doc = given.doc;
    await prisma.document.update({ where: { id: doc.id }, data: {} }); // want "update on tenant-scoped \"Document\" does not filter"
  }
}

export async function rowInArrow(teamId: string, id: string, given: any) {
  const doc = await prisma.document.findFirst({ where: { id, teamId } });
  if (!doc) throw new Error("not found");
  const run = async () => {
    const doc = given.doc;
    await prisma.document.update({ where: { id: doc.id }, data: {} }); // want "update on tenant-scoped \"Document\" does not filter"
  };
  await run();
}

export async function parentRowInTry(teamId: string, id: string, given: any) {
  const doc = await prisma.document.findFirst({ where: { id, teamId } });
  if (!doc) throw new Error("not found");
  try {
    const doc = given.doc;
    await prisma.link.deleteMany({ where: { documentId: doc.id } }); // want "deleteMany on tenant-scoped \"Link\" does not filter"
  } catch (e) {
    throw e;
  }
}

// A parent's id checked by its lookup, given again in an inner block.
export async function parentIdInBlock(teamId: string, documentId: string, given: any) {
  const doc = await prisma.document.findUnique({ where: { id: documentId } });
  if (!doc || doc.teamId !== teamId) throw new Error("not found");
  if (given.x) {
    const documentId = given.id;
    await prisma.link.deleteMany({ where: { documentId } }); // want "deleteMany on tenant-scoped \"Link\" does not filter"
  }
}

// Ids counted with the tenant; a list of the same name in a block.
export async function countedInBlock(teamId: string, ids: string[], given: any) {
  const docs = await prisma.document.findMany({ where: { id: { in: ids }, teamId } });
  if (docs.length !== ids.length) throw new Error("not found");
  if (given.x) {
    const ids: string[] = given.ids;
    for (const id of ids) await prisma.document.update({ where: { id }, data: {} }); // want "update on tenant-scoped \"Document\" does not filter"
    await prisma.document.deleteMany({ where: { id: { in: ids } } }); // want "deleteMany on tenant-scoped \"Document\" does not filter"
  }
}

// Rows each compared with the tenant; another list of the name in a block.
export async function everyRowInBlock(teamId: string, ids: string[], given: any) {
  const docs = await prisma.document.findMany({ where: { id: { in: ids } } });
  if (docs.some((d: any) => d.teamId !== teamId)) throw new Error("not found");
  if (given.x) {
    const docs: any[] = given.docs;
    await prisma.document.deleteMany({ where: { id: { in: docs.map((d: any) => d.id) } } }); // want "deleteMany on tenant-scoped \"Document\" does not filter"
  }
}

// The team's rows; another list of the name in a block.
export async function rowsInBlock(teamId: string, given: any) {
  const docs = await prisma.document.findMany({ where: { teamId } });
  if (given.x) {
    const docs: any[] = given.docs;
    await prisma.document.deleteMany({ where: { id: { in: docs.map((d: any) => d.id) } } }); // want "deleteMany on tenant-scoped \"Document\" does not filter"
    for (const d of docs) await prisma.document.delete({ where: { id: d.id } }); // want "delete on tenant-scoped \"Document\" does not filter"
  }
  return docs;
}

// The key list of the team's rows; another list of the name in a block.
export async function keyListInBlock(teamId: string, given: any) {
  const docs = await prisma.document.findMany({ where: { teamId } });
  const ids = docs.map((d: any) => d.id);
  if (given.x) {
    const ids: string[] = given.ids;
    await prisma.document.deleteMany({ where: { id: { in: ids } } }); // want "deleteMany on tenant-scoped \"Document\" does not filter"
  }
  return ids;
}

declare const prisma: any;
import { randomUUID } from "crypto";

// Each proof below finds its fact by a name; a const of that name in an
// inner block is another value, and the call there is judged on its own.
export async function createdRowInBlock(teamId: string, given: any) {
  const doc = await prisma.document.create({ data: { teamId, sheet: false } });
  await prisma.link.findMany({ where: { documentId: doc.id } });
  if (given.x) {
    const doc = given.doc;
    await prisma.link.findMany({ where: { documentId: doc.id } }); // want "findMany on tenant-scoped \"Link\" does not filter"
  }
}

export async function createdKeyInBlock(teamId: string, given: any) {
  const { id: docId } = await prisma.document.create({ data: { teamId, sheet: false } });
  await prisma.link.deleteMany({ where: { documentId: docId } });
  {
    const docId = given.id;
    await prisma.link.deleteMany({ where: { documentId: docId } }); // want "deleteMany on tenant-scoped \"Link\" does not filter"
  }
}

export async function letCreatedInBlock(teamId: string, given: any) {
  let doc;
  doc = await prisma.document.create({ data: { teamId, sheet: false } });
  try {
    const doc = given.doc;
    await prisma.link.create({ data: { id: given.linkId, documentId: doc.id } }); // want "links a \"Document\""
  } finally {
    console.log("done");
  }
}

export async function promisedCreateInBlock(teamId: string, given: any) {
  const [doc] = await Promise.all([prisma.document.create({ data: { teamId, sheet: false } })]);
  await prisma.link.deleteMany({ where: { documentId: doc.id } });
  if (given.x) {
    const doc = given.doc;
    await prisma.link.deleteMany({ where: { documentId: doc.id } }); // want "deleteMany on tenant-scoped \"Link\" does not filter"
  }
}

export async function freshIdInBlock(teamId: string, given: any) {
  const docId = randomUUID();
  await prisma.document.create({ data: { id: docId, teamId, sheet: false } });
  await prisma.document.update({ where: { id: docId }, data: {} });
  if (given.x) {
    const docId = given.id;
    await prisma.document.update({ where: { id: docId }, data: {} }); // want "update on tenant-scoped \"Document\" does not filter"
  }
}

export async function mappedRowsInBlock(teamId: string, key: string, given: any) {
  const docs = await prisma.document.findMany({ where: { teamId } });
  const byId = new Map(docs.map((d: any) => [d.id, d]));
  if (given.x) {
    const byId = given.map;
    const doc = byId.get(key);
    await prisma.document.update({ where: { id: doc.id }, data: {} }); // want "update on tenant-scoped \"Document\" does not filter"
  }
  return byId;
}

export async function pushedIdsInBlock(teamId: string, given: any) {
  const docs = await prisma.document.findMany({ where: { teamId } });
  const ids: string[] = [];
  for (const d of docs) ids.push(d.id);
  if (given.x) {
    const ids: string[] = given.ids;
    await prisma.document.deleteMany({ where: { id: { in: ids } } }); // want "deleteMany on tenant-scoped \"Document\" does not filter"
  }
  return ids;
}

export async function setListInBlock(teamId: string, ids: string[], given: any) {
  const docs = await prisma.document.findMany({ where: { teamId } });
  const known = new Set(docs.map((d: any) => d.id));
  const unknown = ids.filter((id) => !known.has(id));
  if (unknown.length > 0) throw new Error("not found");
  if (given.x) {
    const ids: string[] = given.ids;
    await prisma.document.deleteMany({ where: { id: { in: ids } } }); // want "deleteMany on tenant-scoped \"Document\" does not filter"
  }
}

export async function everyRowOfOtherList(teamId: string, ids: string[], given: any) {
  const docs = await prisma.document.findMany({ where: { id: { in: ids } } }); // want "findMany on tenant-scoped \"Document\" does not filter"
  if (given.x) {
    const docs: any[] = given.docs;
    if (docs.some((d: any) => d.teamId !== teamId)) throw new Error("not found");
  }
  return docs;
}

export async function rawRowsInBlock(teamId: string, given: any) {
  const rows = await prisma.$queryRaw`SELECT "id" FROM "Document" WHERE "teamId" = ${teamId}`;
  if (given.x) {
    const rows: any[] = given.rows;
    await prisma.document.updateMany({ where: { id: { in: rows.map((r: any) => r.id) } }, data: { sheet: true } }); // want "updateMany on tenant-scoped \"Document\" does not filter"
  }
  return rows;
}

export async function filledWhereInBlock(teamId: string, given: any) {
  if (given.x) {
    const where: any = {};
    where.sheet = true;
    await prisma.document.findMany({ where }); // want "findMany on tenant-scoped \"Document\" does not filter"
  }
}

export async function queryObjectInBlock(teamId: string, given: any) {
  const query = { where: { teamId }, take: 10 };
  await prisma.document.findMany(query);
  if (given.x) {
    const query = given.query;
    await prisma.document.findMany(query); // want "tenant-scoped \"Document\""
    await prisma.document.count({ where: query.where }); // want "tenant-scoped \"Document\""
  }
}

export async function keyTestedInBlock(teamId: string, given: any) {
  const documentId = given.documentId;
  if (documentId) {
    const doc = await prisma.document.findFirst({ where: { id: documentId, teamId } });
    if (!doc) throw new Error("not found");
  }
  await prisma.link.create({ data: { id: given.linkId, documentId } });
  if (given.x) {
    const documentId = given.id;
    await prisma.link.create({ data: { id: given.linkId, documentId } }); // want "links a \"Document\""
  }
}

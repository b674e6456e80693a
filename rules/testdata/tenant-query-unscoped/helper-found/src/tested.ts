import { db } from "./db";

// Helpers that hand their lookup back; the caller leaves when it gave nothing.
async function bookOf(id: string, teamId: number) {
  return db.book.findFirst({ where: { id, teamId } });
}

async function bookOfAny(id: string, teamId: number) {
  return db.book.findFirst({ where: { id } }); // want "findFirst on tenant-scoped \"Book\""
}

// The team's first book when no id is given: not the row of that id.
async function bookOrFirst(id: string, teamId: number) {
  if (!id) return db.book.findFirst({ where: { teamId } });
  return db.book.findFirst({ where: { id, teamId } });
}

export async function renameBook(id: string, teamId: number, name: string) {
  const book = await bookOf(id, teamId);
  if (!book) throw new Error("not found");
  await db.book.update({ where: { id }, data: { name } });
}

// Nothing tested: a null goes on to the write.
export async function renameUntested(id: string, teamId: number, name: string) {
  const book = await bookOf(id, teamId);
  console.log(book);
  await db.book.update({ where: { id }, data: { name } }); // want "update on tenant-scoped \"Book\" does not filter"
}

// Tested only after the write.
export async function renameTestedLate(id: string, teamId: number, name: string) {
  const book = await bookOf(id, teamId);
  await db.book.update({ where: { id }, data: { name } }); // want "update on tenant-scoped \"Book\" does not filter"
  if (!book) throw new Error("not found");
}

export async function renameAnyBook(id: string, teamId: number, name: string) {
  const book = await bookOfAny(id, teamId);
  if (!book) throw new Error("not found");
  await db.book.update({ where: { id }, data: { name } }); // want "update on tenant-scoped \"Book\" does not filter"
}

export async function renameFirstBook(id: string, teamId: number, name: string) {
  const book = await bookOrFirst(id, teamId);
  if (!book) throw new Error("not found");
  await db.book.update({ where: { id }, data: { name } }); // want "update on tenant-scoped \"Book\" does not filter"
}

// Another id than the one tested.
export async function renameOtherBook(id: string, otherId: string, teamId: number, name: string) {
  const book = await bookOf(id, teamId);
  if (!book) throw new Error("not found");
  await db.book.update({ where: { id: otherId }, data: { name } }); // want "update on tenant-scoped \"Book\" does not filter"
}

// Nothing until the lookup found the row, then anything.
async function bookSummary(id: string, teamId: number) {
  const book = await db.book.findFirst({ where: { id, teamId } });
  if (!book) return null;
  return { ...book, summary: true };
}

// Something given before the lookup.
async function bookSummaryOrDefault(id: string, teamId: number) {
  if (!id) return { summary: false };
  const book = await db.book.findFirst({ where: { id, teamId } });
  if (!book) return null;
  return { ...book, summary: true };
}

async function bookSummaryOfAny(id: string, teamId: number) {
  const book = await db.book.findFirst({ where: { id } }); // want "findFirst on tenant-scoped \"Book\""
  if (!book) return null;
  return { ...book, summary: true };
}

export async function renameSummarized(id: string, teamId: number, name: string) {
  const summary = await bookSummary(id, teamId);
  if (!summary) throw new Error("not found");
  await db.book.update({ where: { id }, data: { name } });
}

export async function renameSummarizedOrDefault(id: string, teamId: number, name: string) {
  const summary = await bookSummaryOrDefault(id, teamId);
  if (!summary) throw new Error("not found");
  await db.book.update({ where: { id }, data: { name } }); // want "update on tenant-scoped \"Book\" does not filter"
}

export async function renameSummarizedOfAny(id: string, teamId: number, name: string) {
  const summary = await bookSummaryOfAny(id, teamId);
  if (!summary) throw new Error("not found");
  await db.book.update({ where: { id }, data: { name } }); // want "update on tenant-scoped \"Book\" does not filter"
}

// A method of the class, called on this.
export class Books {
  async get(id: string, teamId: number) {
    return db.book.findFirst({ where: { id, teamId } });
  }

  async archive(id: string, teamId: number) {
    const book = await this.get(id, teamId);
    if (!book) return;
    await db.book.update({ where: { id }, data: { archived: true } });
  }

  // A literal tenant proves nothing.
  async archiveOfTeamOne(id: string) {
    const book = await this.get(id, 1);
    if (!book) return;
    await db.book.update({ where: { id }, data: { archived: true } }); // want "update on tenant-scoped \"Book\" does not filter"
  }
}

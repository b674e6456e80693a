import { db } from "./db";

// Helpers that look the row up by id alone, then compare its tenant.
async function requireOwnBook(id: string, teamId: number) {
  const book = await db.book.findUnique({ where: { id } });
  if (!book || book.teamId !== teamId) throw new Error("not found");
  return book;
}

// Gives nothing on a mismatch: its caller must test the result.
async function findOwnBook({ id, teamId }: { id: string; teamId: number }) {
  const book = await db.book.findUnique({ where: { id } });
  if (!book || book.teamId !== teamId) return null;
  return { ...book, shelf: "none" };
}

// Compared with its own second parameter, whatever the caller passes.
async function requireBookOf(id: string, teamId: number, expected: number) {
  const book = await db.book.findUnique({ where: { id } });
  if (!book || book.teamId !== expected) throw new Error("not found");
  return book;
}

// Hands the row back before it compares.
async function requireBookEarly(id: string, teamId: number, early: boolean) {
  const book = await db.book.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Book\""
  if (early) return book;
  if (!book || book.teamId !== teamId) throw new Error("not found");
  return book;
}

// A spread may give the where another id.
async function requireBookWhere(id: string, teamId: number, where: { id?: string }) {
  const book = await db.book.findUnique({ where: { id, ...where } });
  if (!book || book.teamId !== teamId) throw new Error("not found");
  return book;
}

// Missing and foreign rows left by two ifs; the second only logs.
async function checkBook(id: string, teamId: number): Promise<void> {
  const book = await db.book.findUnique({ where: { id } });
  if (!book) throw new Error("not found");
  if (book.teamId !== teamId) throw new Error("not found");
}

async function checkBookLogged(id: string, teamId: number): Promise<void> {
  const book = await db.book.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Book\""
  if (!book) throw new Error("not found");
  if (book.teamId !== teamId) console.warn("foreign book", id);
}

export async function renameChecked(id: string, teamId: number, name: string) {
  await checkBook(id, teamId);
  await db.book.update({ where: { id }, data: { name } });
}

export async function renameLogged(id: string, teamId: number, name: string) {
  await checkBookLogged(id, teamId);
  await db.book.update({ where: { id }, data: { name } }); // want "update on tenant-scoped \"Book\" does not filter"
}

export async function deleteBook(id: string, teamId: number) {
  await requireOwnBook(id, teamId);
  await db.contact.deleteMany({ where: { bookId: id } });
  await db.book.delete({ where: { id } });
}

export async function deleteOtherBook(id: string, otherId: string, teamId: number) {
  await requireOwnBook(otherId, teamId);
  await db.book.delete({ where: { id } }); // want "delete on tenant-scoped \"Book\" does not filter"
}

export async function deleteBookOfTeamOne(id: string) {
  await requireOwnBook(id, 1);
  await db.book.delete({ where: { id } }); // want "delete on tenant-scoped \"Book\" does not filter"
}

export async function removeBook(input: { id: string; teamId: number }) {
  const book = await findOwnBook({ id: input.id, teamId: input.teamId });
  if (!book) throw new Error("not found");
  await db.book.delete({ where: { id: input.id } });
}

// The null a mismatch gives goes on to the write.
export async function removeBookUntested(input: { id: string; teamId: number }) {
  await findOwnBook({ id: input.id, teamId: input.teamId });
  await db.book.delete({ where: { id: input.id } }); // want "delete on tenant-scoped \"Book\" does not filter"
}

export async function deleteBookExpected(id: string, teamId: number) {
  await requireBookOf(id, teamId, 1);
  await db.book.delete({ where: { id } }); // want "delete on tenant-scoped \"Book\" does not filter"
}

export async function deleteBookEarly(id: string, teamId: number) {
  await requireBookEarly(id, teamId, false);
  await db.book.delete({ where: { id } }); // want "delete on tenant-scoped \"Book\" does not filter"
}

export async function deleteBookWhere(id: string, teamId: number) {
  await requireBookWhere(id, teamId, {});
  await db.book.delete({ where: { id } }); // want "delete on tenant-scoped \"Book\" does not filter"
}

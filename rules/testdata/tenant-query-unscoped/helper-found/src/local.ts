import { db } from "./db";

// The helper declared in the caller's own file is read the same way.
async function bookOfTeam(bookId: string, teamId: number) {
  const book = await db.book.findFirstOrThrow({ where: { id: bookId, teamId } });
  return book;
}

async function bookOfAnyTeam(bookId: string, teamId: number) {
  const book = await db.book.findFirstOrThrow({ where: { id: bookId } }); // want "findFirstOrThrow on tenant-scoped \"Book\""
  return book;
}

export async function deleteContacts(bookId: string, teamId: number) {
  const book = await bookOfTeam(bookId, teamId);
  await db.contact.deleteMany({ where: { bookId: book.id } });
}

export async function deleteContactsOfAnyTeam(bookId: string, teamId: number) {
  const book = await bookOfAnyTeam(bookId, teamId);
  await db.contact.deleteMany({ where: { bookId: book.id } }); // want "deleteMany on tenant-scoped \"Contact\" does not filter"
}

// A tenant the caller does not pass: a literal proves nothing.
export async function deleteContactsOfLiteralTeam(bookId: string) {
  const book = await bookOfTeam(bookId, 1);
  await db.contact.deleteMany({ where: { bookId: book.id } }); // want "deleteMany on tenant-scoped \"Contact\" does not filter"
}

import { db } from "./db";

// The where names the tenant parameter.
async function bookOfTeam(bookId: string, teamId: number) {
  {
    const book = await db.book.findFirstOrThrow({ where: { id: bookId, teamId } });
    return book;
  }
}

// The where's teamId is a const of an inner block read from the request,
// not the tenant the caller passes.
async function bookOfAskedTeam(c: Context, bookId: string, teamId: number) {
  {
    const teamId = Number(c.req.param("teamId"));
    const book = await db.book.findFirstOrThrow({ where: { id: bookId, teamId } });
    return book;
  }
}

export async function deleteContacts(c: Context, bookId: string, teamId: number) {
  const book = await bookOfTeam(bookId, teamId);
  await db.contact.deleteMany({ where: { bookId: book.id } });
}

export async function deleteContactsOfAskedTeam(c: Context, bookId: string, teamId: number) {
  const book = await bookOfAskedTeam(c, bookId, teamId);
  await db.contact.deleteMany({ where: { bookId: book.id } }); // want "deleteMany on tenant-scoped \"Contact\" does not filter"
}

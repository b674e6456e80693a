import { db } from "./db";

// Helpers the callers import. Each reads the book's id from the request;
// what each proves is what its where and its returns give.

// Found with the tenant passed, thrown when missing.
export const getBook = async (c: Context, teamId: number) => {
  const book = await db.book.findUnique({ where: { id: c.req.param("bookId"), teamId } });
  if (!book) throw new Error("not found");
  return book;
};

// Found with the tenant passed, null when missing.
export async function findBook(c: Context, teamId: number) {
  const book = await db.book.findFirst({ where: { id: c.req.param("bookId"), teamId } });
  if (!book) return null;
  return book;
}

// The tenant's first book, returned as the query.
export async function firstBook(teamId: number) {
  return db.book.findFirst({ where: { teamId } });
}

// Found by id alone: the tenant is taken for nothing.
export async function getBookById(c: Context, teamId: number) {
  const book = await db.book.findUnique({ where: { id: c.req.param("bookId") } }); // want "findUnique on tenant-scoped \"Book\""
  if (!book) throw new Error("not found");
  return book;
}

// Found with the tenant, then given another id.
export async function getBookMoved(c: Context, teamId: number) {
  const book = await db.book.findUnique({ where: { id: c.req.param("bookId"), teamId } });
  if (!book) throw new Error("not found");
  book.id = c.req.param("otherId");
  return book;
}

// Found with the tenant, or another row found by id alone.
export async function getBookOrShared(c: Context, teamId: number) {
  const book = await db.book.findUnique({ where: { id: c.req.param("bookId"), teamId } });
  if (book) return book;
  const shared = await db.book.findUnique({ where: { id: c.req.param("sharedId") } }); // want "findUnique on tenant-scoped \"Book\""
  return shared;
}

// The tenant may be left out: Prisma drops an undefined filter.
export async function getBookMaybeTeam(c: Context, teamId?: number) {
  const book = await db.book.findFirst({ where: { id: c.req.param("bookId"), teamId } }); // want "findFirst on tenant-scoped \"Book\" filters by a tenant value that may be undefined"
  if (!book) throw new Error("not found");
  return book;
}

// The tenant parameter given another value before the lookup.
export async function getBookReassigned(c: Context, teamId: number) {
  teamId = Number(c.req.param("teamId"));
  const book = await db.book.findUnique({ where: { id: c.req.param("bookId"), teamId } });
  if (!book) throw new Error("not found");
  return book;
}

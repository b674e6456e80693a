import { db } from "./db";
import { getBook, findBook, firstBook, getBookById, getBookMoved, getBookOrShared, getBookMaybeTeam, getBookReassigned } from "./books";

// The book a helper found with the caller's team: its contacts are the
// team's, whatever id the helper read.
export async function listContacts(c: Context, team: { id: number }) {
  const book = await getBook(c, team.id);
  return db.contact.findMany({ where: { bookId: book.id, email: { in: c.req.query("emails") } } });
}

export async function listContactsOfMissing(c: Context, team: { id: number }) {
  const book = await findBook(c, team.id);
  return db.contact.findMany({ where: { bookId: book.id } });
}

export async function listContactsOfFirst(team: { id: number }) {
  const book = await firstBook(team.id);
  return db.contact.findMany({ where: { bookId: book!.id } });
}

// A missing book read with ?. gives undefined: the filter is dropped.
export async function listContactsOptional(c: Context, team: { id: number }) {
  const book = await findBook(c, team.id);
  return db.contact.findMany({ where: { bookId: book?.id } }); // want "findMany on tenant-scoped \"Contact\" does not filter"
}

// Not awaited: a promise has no id.
export async function listContactsUnawaited(c: Context, team: { id: number }) {
  const book: any = getBook(c, team.id);
  return db.contact.findMany({ where: { bookId: book.id } }); // want "findMany on tenant-scoped \"Contact\" does not filter"
}

// The caller's tenant may be undefined.
export async function listContactsUndefinedTeam(c: Context, input: { teamId?: number }) {
  const book = await getBook(c, input.teamId ?? undefined);
  return db.contact.findMany({ where: { bookId: book.id } }); // want "findMany on tenant-scoped \"Contact\" does not filter"
}

// The row changed by the caller before the query.
export async function listContactsChanged(c: Context, team: { id: number }, other: { id: string }) {
  const book = await getBook(c, team.id);
  Object.assign(book, other);
  return db.contact.findMany({ where: { bookId: book.id } }); // want "findMany on tenant-scoped \"Contact\" does not filter"
}

// A let may hold another row by then.
export async function listContactsLet(c: Context, team: { id: number }, other: { id: string }) {
  let book = await getBook(c, team.id);
  if (c.req.query("other")) book = other as any;
  return db.contact.findMany({ where: { bookId: book.id } }); // want "findMany on tenant-scoped \"Contact\" does not filter"
}

// Helpers that do not find the book in the tenant.
export async function listContactsById(c: Context, team: { id: number }) {
  const book = await getBookById(c, team.id);
  return db.contact.findMany({ where: { bookId: book.id } }); // want "findMany on tenant-scoped \"Contact\" does not filter"
}

export async function listContactsMoved(c: Context, team: { id: number }) {
  const book = await getBookMoved(c, team.id);
  return db.contact.findMany({ where: { bookId: book.id } }); // want "findMany on tenant-scoped \"Contact\" does not filter"
}

export async function listContactsShared(c: Context, team: { id: number }) {
  const book = await getBookOrShared(c, team.id);
  return db.contact.findMany({ where: { bookId: book.id } }); // want "findMany on tenant-scoped \"Contact\" does not filter"
}

export async function listContactsMaybeTeam(c: Context, team: { id: number }) {
  const book = await getBookMaybeTeam(c, team.id);
  return db.contact.findMany({ where: { bookId: book.id } }); // want "findMany on tenant-scoped \"Contact\" does not filter"
}

export async function listContactsReassigned(c: Context, team: { id: number }) {
  const book = await getBookReassigned(c, team.id);
  return db.contact.findMany({ where: { bookId: book.id } }); // want "findMany on tenant-scoped \"Contact\" does not filter"
}

// Its id, not its key: the helper's book is not the contact.
export async function getContactByBook(c: Context, team: { id: number }) {
  const book = await getBook(c, team.id);
  return db.contact.findUnique({ where: { id: book.id } }); // want "findUnique on tenant-scoped \"Contact\" does not filter"
}

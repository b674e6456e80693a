import { CachedBooks } from "./cached-lookups";

declare const db: any;

// plunk's events and contacts: a cached lookup with the tenant, else a
// create in it; the row then written and handed back under the same let.
export async function subscribe(teamId: number, name: string, flag: boolean) {
  let book = await CachedBooks.byName(teamId, name);
  if (!book) {
    book = await db.book.create({ data: { id: name, teamId, name } });
  } else if (flag) {
    book = await db.book.update({ where: { id: book.id }, data: { name } });
  }
  return db.contact.create({ data: { id: name, email: name, bookId: book.id } });
}

// Near misses: the cache key leaves the team out; the write handed back
// gives the row another id (the let's values then include a row nobody
// proved, its own write's too).
export async function subscribeLoose(teamId: number, name: string) {
  let book = await CachedBooks.byNameLoose(teamId, name);
  if (!book) book = await db.book.create({ data: { id: name, teamId, name } });
  return db.contact.create({ data: { id: name, email: name, bookId: book.id } }); // want "create on \"Contact\" links a \"Book\" by \"bookId\" alone"
}

export async function subscribeMoved(teamId: number, name: string, other: string) {
  let book = await CachedBooks.byName(teamId, name);
  if (!book) book = await db.book.create({ data: { id: name, teamId, name } });
  else book = await db.book.update({ where: { id: book.id }, data: { id: other } }); // want "update on tenant-scoped \"Book\" does not filter by the tenant"
  return db.contact.create({ data: { id: name, email: name, bookId: book.id } }); // want "create on \"Contact\" links a \"Book\" by \"bookId\" alone"
}

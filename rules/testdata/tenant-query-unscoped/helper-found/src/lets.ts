import { BookLookups } from "./book-lookups";

declare const db: any;

// plunk's contacts: a let holding a helper's row, compared with the tenant,
// then given the write's result; or a helper's lookup with the tenant,
// else a create in it.
export async function rename(teamId: number, id: string) {
  let book = await BookLookups.byId(id);
  if (!book || book.teamId !== teamId) throw new Error("not found");
  book = await db.book.update({ where: { id: book.id }, data: { name: "renamed" } });
  return book;
}

export async function track(teamId: number, name: string) {
  let book = await BookLookups.byName(teamId, name);
  if (!book) {
    book = await db.book.create({ data: { id: name, teamId, name } });
  }
  return db.book.update({ where: { id: book.id }, data: { name } });
}

// Near misses: the let given another unchecked row before the write; the
// comparison only logs; a create in another tenant's name.
export async function reassigned(teamId: number, id: string, otherId: string) {
  let book = await BookLookups.byId(id);
  if (!book || book.teamId !== teamId) throw new Error("not found");
  book = await BookLookups.byId(otherId);
  return db.book.update({ where: { id: book.id }, data: { name: "renamed" } }); // want "update on tenant-scoped \"Book\" does not filter by the tenant"
}

export async function logged(teamId: number, id: string) {
  let book = await BookLookups.byId(id);
  if (!book) throw new Error("not found");
  if (book.teamId !== teamId) console.warn("another team's book");
  return db.book.update({ where: { id: book.id }, data: { name: "renamed" } }); // want "update on tenant-scoped \"Book\" does not filter by the tenant"
}

export async function byIdElse(teamId: number, id: string, name: string) {
  let book = await BookLookups.byId(id);
  if (!book) {
    book = await db.book.create({ data: { id: name, teamId, name } });
  }
  return db.book.update({ where: { id: book.id }, data: { name } }); // want "update on tenant-scoped \"Book\" does not filter by the tenant"
}

// The helper's promise given unawaited: its id is undefined, and the
// deleteMany's filter is dropped.
export async function unawaited(teamId: number, name: string, create: boolean) {
  let book: any = BookLookups.byName(teamId, name);
  if (create) book = await db.book.create({ data: { id: name, teamId, name } });
  return db.book.deleteMany({ where: { id: book.id } }); // want "deleteMany on tenant-scoped \"Book\" does not filter by the tenant"
}

export async function awaitedHelper(teamId: number, name: string, create: boolean) {
  let book: any = await BookLookups.byName(teamId, name);
  if (create) book = await db.book.create({ data: { id: name, teamId, name } });
  return db.book.deleteMany({ where: { id: book.id } });
}

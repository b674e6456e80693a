declare const db: any;

// Langfuse's dashboard service: the row made in the tenant handed back
// as a copy with a field added.
export class BookService {
  static async createBook(teamId: number, name: string) {
    const created = await db.book.create({ data: { id: name, teamId, name } });
    return { ...created, owner: "TEAM" as const };
  }

  // A copy whose key is the caller's, or with a second row spread over it.
  static async createBookRenamed(teamId: number, name: string, id: string) {
    const created = await db.book.create({ data: { id: name, teamId, name } });
    return { ...created, id };
  }

  static async createBookMerged(teamId: number, name: string, other: { id: string }) {
    const created = await db.book.create({ data: { id: name, teamId, name } });
    return { ...created, ...other };
  }

  // The caller's key under another spelling of "id"; another field so
  // spelt is no key.
  static async createBookEscaped(teamId: number, name: string, id: string) {
    const created = await db.book.create({ data: { id: name, teamId, name } });
    return { ...created, "i\u0064": id };
  }

  static async createBookIdentEscaped(teamId: number, name: string, id: string) {
    const created = await db.book.create({ data: { id: name, teamId, name } });
    return { ...created, i\u{64}: id };
  }

  static async createBookOwnerEscaped(teamId: number, name: string) {
    const created = await db.book.create({ data: { id: name, teamId, name } });
    return { ...created, "own\x65r": "TEAM" as const };
  }

  // The key written by a destructuring assignment before the row or its
  // copy is handed back; one read from the row by one changes nothing.
  static async createBookDestructured(teamId: number, name: string, other: { id: string }) {
    const created = await db.book.create({ data: { id: name, teamId, name } });
    ({ id: created.id } = other);
    return { ...created, owner: "TEAM" as const };
  }

  static async createBookArrayWritten(teamId: number, name: string, id: string) {
    const created = await db.book.create({ data: { id: name, teamId, name } });
    [created.id] = [id];
    return created;
  }

  static async createBookDestructuredRead(teamId: number, name: string) {
    const created = await db.book.create({ data: { id: name, teamId, name } });
    const [label] = [created.name];
    return { ...created, label };
  }

  // A copy of a lookup that may find nothing is an object without the
  // key; left on when nothing is found, it is the row's.
  static async findBookCopy(teamId: number, id: string) {
    const row = await db.book.findFirst({ where: { id, teamId } });
    return { ...row, owner: "TEAM" as const };
  }

  static async findBookCopyChecked(teamId: number, id: string) {
    const row = await db.book.findFirst({ where: { id, teamId } });
    if (!row) throw new Error("book not found");
    return { ...row, owner: "TEAM" as const };
  }
}

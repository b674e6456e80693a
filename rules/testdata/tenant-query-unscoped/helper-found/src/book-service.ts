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
}

declare const db: any;

// Lookups other files use: by id alone (its caller compares), and with
// the tenant the caller passes.
export class BookLookups {
  static byId(id: string) {
    return db.book.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Book\" does not filter by the tenant"
  }

  static byName(teamId: number, name: string) {
    return db.book.findFirst({ where: { teamId, name } });
  }
}

import { db } from "./db";

// Helpers that are methods of the caller's class, called on this.
export class BookService {
  constructor(private readonly prisma: typeof db) {}

  // Found with the tenant passed, thrown when missing.
  private async requireBook(id: string, teamId: number) {
    const book = await this.prisma.book.findFirst({ where: { id, teamId } });
    if (!book) throw new Error("not found");
    return book;
  }

  // Found by id alone: the tenant is taken for nothing.
  private async requireAnyBook(id: string, teamId: number) {
    const book = await this.prisma.book.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Book\""
    if (!book) throw new Error("not found");
    return book;
  }

  // Found by id, then compared with the tenant passed.
  async findBook(id: string, teamId: number) {
    const book = await this.prisma.book.findUnique({ where: { id } });
    if (!book || book.teamId !== teamId) return null;
    return book;
  }

  // findBook's row, its parameters passed on as they came.
  private async requireChecked(id: string, teamId: number) {
    const book = await this.findBook(id, teamId);
    if (!book) throw new Error("not found");
    return book;
  }

  // findBook's row, compared with another tenant than the one passed first.
  private async requireOfOther(id: string, teamId: number, otherTeamId: number) {
    const book = await this.findBook(id, otherTeamId);
    if (!book) throw new Error("not found");
    return book;
  }

  // One object parameter, its names given to the where.
  private async findBookOf({ id, teamId }: { id: string; teamId: number }) {
    return this.prisma.book.findFirst({ where: { id, teamId } });
  }

  private async findBookOfAny({ id, teamId }: { id: string; teamId: number }) {
    return this.prisma.book.findFirst({ where: { id } }); // want "findFirst on tenant-scoped \"Book\""
  }

  // The same pattern with no type: nothing says the object handed over
  // whole carries the tenant.
  private async findBookOfUntyped({ id, teamId }) {
    return this.prisma.book.findFirst({ where: { id, teamId } });
  }

  // One object parameter, handed over whole.
  private async requireBookOf(params: { id: string; teamId: number }) {
    const book = await this.prisma.book.findFirst({ where: { id: params.id, teamId: params.teamId } });
    if (!book) throw new Error("not found");
    return book;
  }

  // Its tenant may be left out: Prisma drops an undefined filter.
  private async requireBookOfMaybe(params: { id: string; teamId?: number }) {
    const book = await this.prisma.book.findFirst({ where: { id: params.id, teamId: params.teamId } }); // want "findFirst on tenant-scoped \"Book\" filters by a tenant value that may be undefined"
    if (!book) throw new Error("not found");
    return book;
  }

  // Its tenant given another value first.
  private async requireBookOfSet(params: { id: string; teamId: number }) {
    params.teamId = Number(params.id);
    const book = await this.prisma.book.findFirst({ where: { id: params.id, teamId: params.teamId } });
    if (!book) throw new Error("not found");
    return book;
  }

  async listContacts(id: string, teamId: number) {
    const book = await this.requireBook(id, teamId);
    return this.prisma.contact.findMany({ where: { bookId: book.id } });
  }

  async listContactsOfAny(id: string, teamId: number) {
    const book = await this.requireAnyBook(id, teamId);
    return this.prisma.contact.findMany({ where: { bookId: book.id } }); // want "findMany on tenant-scoped \"Contact\" does not filter"
  }

  async archiveChecked(id: string, teamId: number) {
    const book = await this.requireChecked(id, teamId);
    await this.prisma.book.update({ where: { id: book.id }, data: { archived: true } });
  }

  async archiveFound(id: string, teamId: number) {
    const book = await this.findBook(id, teamId);
    if (!book) return;
    await this.prisma.book.update({ where: { id: book.id }, data: { archived: true } });
  }

  async archiveOfOther(id: string, teamId: number, otherTeamId: number) {
    const book = await this.requireOfOther(id, teamId, otherTeamId);
    await this.prisma.book.update({ where: { id: book.id }, data: { archived: true } }); // want "update on tenant-scoped \"Book\" does not filter"
  }

  async renameBook(id: string, teamId: number, name: string) {
    const book = await this.findBookOf({ id, teamId });
    await this.prisma.book.update({ where: { id: book.id }, data: { name } });
  }

  async renameAnyBook(id: string, teamId: number, name: string) {
    const book = await this.findBookOfAny({ id, teamId });
    await this.prisma.book.update({ where: { id: book.id }, data: { name } }); // want "update on tenant-scoped \"Book\" does not filter"
  }

  // A literal tenant proves nothing.
  async renameBookOfTeamOne(id: string, name: string) {
    const book = await this.findBookOf({ id, teamId: 1 });
    await this.prisma.book.update({ where: { id: book.id }, data: { name } }); // want "update on tenant-scoped \"Book\" does not filter"
  }

  // Another object's method is not this class's.
  async listContactsOfOther(other: BookService, id: string, teamId: number) {
    const book = await other.requireBook(id, teamId);
    return this.prisma.contact.findMany({ where: { bookId: book.id } }); // want "findMany on tenant-scoped \"Contact\" does not filter"
  }

  async moveBook(params: { id: string; teamId: number }, shelf: string) {
    const book = await this.requireBookOf(params);
    await this.prisma.book.update({ where: { id: book.id }, data: { shelf } });
  }

  async moveBookMaybe(params: { id: string; teamId?: number }, shelf: string) {
    const book = await this.requireBookOfMaybe(params);
    await this.prisma.book.update({ where: { id: book.id }, data: { shelf } }); // want "update on tenant-scoped \"Book\" does not filter"
  }

  // An object made here is not read as the parameter.
  async moveBookOfTeamOne(id: string, shelf: string) {
    const book = await this.requireBookOf({ id, teamId: 1 });
    await this.prisma.book.update({ where: { id: book.id }, data: { shelf } }); // want "update on tenant-scoped \"Book\" does not filter"
  }

  async moveBookSet(params: { id: string; teamId: number }, shelf: string) {
    const book = await this.requireBookOfSet(params);
    await this.prisma.book.update({ where: { id: book.id }, data: { shelf } }); // want "update on tenant-scoped \"Book\" does not filter"
  }

  // One object handed whole to an object pattern of the tenant.
  async renameBookWhole(params: { id: string; teamId: number }, name: string) {
    const book = await this.findBookOf(params);
    if (!book) throw new Error("not found");
    await this.prisma.book.update({ where: { id: book.id }, data: { name } });
  }

  async renameBookWholeAny(params: { id: string; teamId: number }, name: string) {
    const book = await this.findBookOfAny(params);
    if (!book) throw new Error("not found");
    await this.prisma.book.update({ where: { id: book.id }, data: { name } }); // want "update on tenant-scoped \"Book\" does not filter"
  }

  async renameBookWholeUntyped(params: { id: string; teamId: number }, name: string) {
    const book = await this.findBookOfUntyped(params);
    if (!book) throw new Error("not found");
    await this.prisma.book.update({ where: { id: book.id }, data: { name } }); // want "update on tenant-scoped \"Book\" does not filter"
  }

  async renameBookWholeMaybe(params: { id: string; teamId?: number }, name: string) {
    const book = await this.findBookOf(params);
    if (!book) throw new Error("not found");
    await this.prisma.book.update({ where: { id: book.id }, data: { name } }); // want "update on tenant-scoped \"Book\" does not filter"
  }
}

import { BookService } from "./book-service";

declare const db: any;

export async function addContact(teamId: number, email: string) {
  const book = await BookService.createBook(teamId, "new");
  return db.contact.create({ data: { id: email, email, bookId: book.id } });
}

export async function addContactRenamed(teamId: number, email: string, id: string) {
  const book = await BookService.createBookRenamed(teamId, "new", id);
  return db.contact.create({ data: { id: email, email, bookId: book.id } }); // want "create on \"Contact\" links a \"Book\" by \"bookId\" alone"
}

export async function addContactMerged(teamId: number, email: string, other: { id: string }) {
  const book = await BookService.createBookMerged(teamId, "new", other);
  return db.contact.create({ data: { id: email, email, bookId: book.id } }); // want "create on \"Contact\" links a \"Book\" by \"bookId\" alone"
}

export async function addContactEscaped(teamId: number, email: string, id: string) {
  const book = await BookService.createBookEscaped(teamId, "new", id);
  return db.contact.create({ data: { id: email, email, bookId: book.id } }); // want "create on \"Contact\" links a \"Book\" by \"bookId\" alone"
}

export async function addContactIdentEscaped(teamId: number, email: string, id: string) {
  const book = await BookService.createBookIdentEscaped(teamId, "new", id);
  return db.contact.create({ data: { id: email, email, bookId: book.id } }); // want "create on \"Contact\" links a \"Book\" by \"bookId\" alone"
}

export async function addContactOwnerEscaped(teamId: number, email: string) {
  const book = await BookService.createBookOwnerEscaped(teamId, "new");
  return db.contact.create({ data: { id: email, email, bookId: book.id } });
}

export async function addContactDestructured(teamId: number, email: string, other: { id: string }) {
  const book = await BookService.createBookDestructured(teamId, "new", other);
  return db.contact.create({ data: { id: email, email, bookId: book.id } }); // want "create on \"Contact\" links a \"Book\" by \"bookId\" alone"
}

export async function addContactArrayWritten(teamId: number, email: string, id: string) {
  const book = await BookService.createBookArrayWritten(teamId, "new", id);
  return db.contact.create({ data: { id: email, email, bookId: book.id } }); // want "create on \"Contact\" links a \"Book\" by \"bookId\" alone"
}

export async function addContactDestructuredRead(teamId: number, email: string) {
  const book = await BookService.createBookDestructuredRead(teamId, "new");
  return db.contact.create({ data: { id: email, email, bookId: book.id } });
}

export async function removeContactsOfCopy(teamId: number, id: string) {
  const book = await BookService.findBookCopy(teamId, id);
  return db.contact.deleteMany({ where: { bookId: book.id } }); // want "deleteMany on tenant-scoped \"Contact\" does not filter by the tenant"
}

export async function removeContactsOfCheckedCopy(teamId: number, id: string) {
  const book = await BookService.findBookCopyChecked(teamId, id);
  return db.contact.deleteMany({ where: { bookId: book.id } });
}

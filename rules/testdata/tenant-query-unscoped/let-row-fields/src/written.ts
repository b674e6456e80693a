import { Lookups } from "./lookups";

declare const prisma: any;

// The let row's fields are read as JavaScript reads them: an escaped
// name is the plain one, a delete takes the key as a write does, and a
// function or class declared in a block hides the let there. Deleting a
// field other than the key keeps it.
//
//	let contact = await Lookups.contact(projectId, email);
//	if (!contact) contact = await prisma.contact.create({ data: { email, projectId, subscribed: true } });
//	delete contact.data;
//	prisma.contact.update({ where: { id: contact.id }, … });
export async function otherFieldDeleted(projectId: string, email: string) {
  let contact = await Lookups.contact(projectId, email);
  if (!contact) contact = await prisma.contact.create({ data: { email, projectId, subscribed: true } });
  delete contact.data;
  await prisma.contact.update({ where: { id: contact.id }, data: { subscribed: false } });
}

// RT2: the key written under an escaped name, `\u{69}d` too.
export async function escapedKey(projectId: string, email: string, other: string) {
  let contact = await Lookups.contact(projectId, email);
  if (!contact) contact = await prisma.contact.create({ data: { email, projectId, subscribed: true } });
  contact.i\u0064 = other;
  await prisma.contact.update({ where: { id: contact.id }, data: { subscribed: false } }); // want "update on tenant-scoped \"Contact\" does not filter by the tenant"
}

export async function bracedEscapedKey(projectId: string, email: string, other: string) {
  let contact = await Lookups.contact(projectId, email);
  if (!contact) contact = await prisma.contact.create({ data: { email, projectId, subscribed: true } });
  contact.\u{69}d = other;
  await prisma.contact.update({ where: { id: contact.id }, data: { subscribed: false } }); // want "update on tenant-scoped \"Contact\" does not filter by the tenant"
}

// RT2: the let assigned another row under an escaped name.
export async function escapedName(projectId: string, email: string, other: { id: string }) {
  let contact = await Lookups.contact(projectId, email);
  if (!contact) contact = await prisma.contact.create({ data: { email, projectId, subscribed: true } });
  c\u006fntact = other;
  await prisma.contact.update({ where: { id: contact.id }, data: { subscribed: false } }); // want "update on tenant-scoped \"Contact\" does not filter by the tenant"
}

// RT2: the key deleted, plainly or by its string, beside a field written.
export async function keyDeleted(projectId: string, email: string) {
  let contact = await Lookups.contact(projectId, email);
  if (!contact) contact = await prisma.contact.create({ data: { email, projectId, subscribed: true } });
  contact.data = "seen";
  delete contact.id;
  await prisma.contact.deleteMany({ where: { id: contact.id } }); // want "deleteMany on tenant-scoped \"Contact\" does not filter by the tenant"
}

export async function keyDeletedByString(projectId: string, email: string) {
  let contact = await Lookups.contact(projectId, email);
  if (!contact) contact = await prisma.contact.create({ data: { email, projectId, subscribed: true } });
  delete contact["id"];
  await prisma.contact.deleteMany({ where: { id: contact.id } }); // want "deleteMany on tenant-scoped \"Contact\" does not filter by the tenant"
}

// RT2: a function or a class of the let's name declared in a block; its
// id is undefined or its own.
export async function functionInBlock(projectId: string, email: string) {
  let contact = await Lookups.contact(projectId, email);
  if (!contact) contact = await prisma.contact.create({ data: { email, projectId, subscribed: true } });
  {
    function contact() {}
    await prisma.contact.deleteMany({ where: { id: contact.id } }); // want "deleteMany on tenant-scoped \"Contact\" does not filter by the tenant"
  }
}

export async function classInBlock(projectId: string, email: string) {
  let contact = await Lookups.contact(projectId, email);
  if (!contact) contact = await prisma.contact.create({ data: { email, projectId, subscribed: true } });
  {
    class contact { static id = "another"; }
    await prisma.contact.update({ where: { id: contact.id }, data: { subscribed: false } }); // want "update on tenant-scoped \"Contact\" does not filter by the tenant"
  }
}

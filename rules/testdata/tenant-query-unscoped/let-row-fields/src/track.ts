import { Lookups } from "./lookups";

declare const prisma: any;

// plunk's track route: the let row of the project's contact has a field
// other than its key written before the calls that read its key, which
// still names the row it held; and `event: name` in a destructuring binds
// name, not the let `event`.
//
//	const { event: name, email, data } = result.data;
//	let contact = await ContactService.email(project.id, email);
//	if (!contact) contact = await prisma.contact.create({ data: { email, projectId: project.id } });
//	contact.data = JSON.stringify(userData);
//	await prisma.contact.update({ where: { id: contact.id }, data: { data: … } });
export async function track(projectId: string, body: { event: string; email: string; data: string }) {
  const { event: name, email, data } = body;
  let event = await Lookups.event(projectId, name);
  if (!event) event = await prisma.event.create({ data: { name, projectId } });
  let contact = await Lookups.contact(projectId, email);
  if (!contact) contact = await prisma.contact.create({ data: { email, projectId, subscribed: true } });
  else contact = await prisma.contact.update({ where: { id: contact.id }, data: { subscribed: true } });
  contact.data = data;
  await prisma.contact.update({ where: { id: contact.id }, data: { data } });
  await prisma.trigger.create({ data: { eventId: event.id, contactId: contact.id } });
}

// Near misses: the key itself written, a computed field (which may be
// the key), the row assigned over, and the let destructured again.
export async function keyWritten(projectId: string, email: string, other: string) {
  let contact = await Lookups.contact(projectId, email);
  if (!contact) contact = await prisma.contact.create({ data: { email, projectId, subscribed: true } });
  contact.id = other;
  await prisma.contact.update({ where: { id: contact.id }, data: { subscribed: false } }); // want "update on tenant-scoped \"Contact\" does not filter by the tenant"
}

export async function computedWritten(projectId: string, email: string, field: string, value: string) {
  let contact = await Lookups.contact(projectId, email);
  if (!contact) contact = await prisma.contact.create({ data: { email, projectId, subscribed: true } });
  contact[field] = value;
  await prisma.contact.update({ where: { id: contact.id }, data: { subscribed: false } }); // want "update on tenant-scoped \"Contact\" does not filter by the tenant"
}

export async function assignedOver(projectId: string, email: string, input: { id: string }) {
  let contact = await Lookups.contact(projectId, email);
  if (!contact) contact = await prisma.contact.create({ data: { email, projectId, subscribed: true } });
  contact.data = "seen";
  Object.assign(contact, input);
  await prisma.contact.update({ where: { id: contact.id }, data: { subscribed: false } }); // want "update on tenant-scoped \"Contact\" does not filter by the tenant"
}

export async function destructuredAgain(projectId: string, body: { event: { id: string } }) {
  let event = await Lookups.event(projectId, "opened");
  if (!event) event = await prisma.event.create({ data: { name: "opened", projectId } });
  ({ event } = body);
  await prisma.event.update({ where: { id: event.id }, data: { name: "seen" } }); // want "update on tenant-scoped \"Event\" does not filter by the tenant"
}

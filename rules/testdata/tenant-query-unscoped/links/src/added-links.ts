import { prisma } from "./db";

// A link added to the data after it is built: the literal never shows it.
export async function addedAfter(organizationId: string, customerId: string) {
  const data = { organizationId };
  data.customer = { connect: { id: customerId } }; // want "create on \"Integration\" links a \"Customer\" by \\{ id \\} alone"
  await prisma.integration.create({ data });
}

// The same with a string key, and through Object.assign.
export async function addedByKey(organizationId: string, customerId: string, tagId: string) {
  const data = { organizationId };
  data["customer"] = { connect: { id: customerId } }; // want "create on \"Integration\" links a \"Customer\" by \\{ id \\} alone"
  Object.assign(data, { tags: { connect: [{ id: tagId }] } }); // want "create on \"Integration\" links a \"Tag\" by \\{ id \\} alone"
  await prisma.integration.create({ data });
}

// Added links are judged with the same proofs: a customer looked up with
// the tenant, a scalar entry, and undefined link nothing foreign.
export async function addedChecked(organizationId: string, customerId: string, name: string) {
  const customer = await prisma.customer.findFirst({ where: { id: customerId, organizationId } });
  if (!customer) throw new Error("not found");
  const data = { organizationId };
  data.customer = { connect: { id: customer.id } };
  data.name = name;
  data.tags = undefined;
  await prisma.integration.create({ data });
}

// Added through an alias and inside a function of the file.
function linkCustomer(d: { customer?: unknown }, id: string) {
  d.customer = { connect: { id } }; // want "update on \"Integration\" links a \"Customer\" by \\{ id \\} alone"
}

export async function addedElsewhere(organizationId: string, integrationId: string, customerId: string) {
  const data = {};
  const alias = data;
  linkCustomer(alias, customerId);
  await prisma.integration.update({ where: { id: integrationId, organizationId }, data });
}

// A change the rule cannot read on a relation entry is said.
export async function addedUnread(organizationId: string, tagIds: string[], more: { id: string }) {
  const data = { organizationId, tags: { connect: tagIds.map((id) => ({ id })) } }; // want "create on \"Integration\" links a \"Tag\" by \\{ id \\} alone"
  data.tags.connect.push(more); // want "cannot see what create on \"Integration\" links: \"data\" changes after it is built"
  await prisma.integration.create({ data });
}

// A computed key may be any relation.
export async function addedComputed(organizationId: string, key: string, customerId: string) {
  const data = { organizationId };
  data[key] = { connect: { id: customerId } }; // want "cannot see what create on \"Integration\" links: \"data\" changes after it is built"
  await prisma.integration.create({ data });
}

// Entries read under a computed key, and a scalar entry handed out, change
// nothing the write links.
export async function readEntries(organizationId: string, integrationId: string, fields: string[], log: (v: unknown) => void) {
  const data = { name: "x" };
  for (const f of fields) log(data[f]);
  log(data.name);
  await prisma.integration.update({ where: { id: integrationId, organizationId }, data });
}

// A relation entry handed out may be changed where it goes.
export async function handedOut(organizationId: string, integrationId: string, tagIds: string[], fill: (t: unknown) => void) {
  const data = { tags: { connect: tagIds.map((id) => ({ id, organizationId })) } };
  fill(data.tags); // want "cannot see what update on \"Integration\" links: \"data\" changes after it is built"
  await prisma.integration.update({ where: { id: integrationId, organizationId }, data });
}

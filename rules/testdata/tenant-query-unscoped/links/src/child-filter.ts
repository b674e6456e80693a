import { prisma } from "./db";

// A child row found by the key and by its relation's tenant: the parent
// whose id the key is belongs to the tenant (Shelf's audit notes).
export async function parentOfFoundChild(organizationId: string, integrationId: string, customerId: string) {
  const integration = await prisma.integration.findFirst({
    where: { id: integrationId, customerId, customer: { organizationId } },
  });
  if (!integration) throw new Error("not found");
  await prisma.integration.create({ data: { organizationId, customerId } });
}

// The same through `is`, and a lookup that throws itself.
export async function throughIs(organizationId: string, integrationId: string, customerId: string) {
  await prisma.integration.findFirstOrThrow({
    where: { id: integrationId, customerId: customerId, customer: { is: { organizationId } } },
  });
  await prisma.integration.create({ data: { organizationId, customerId } });
}

// The relation is filtered by something else than the tenant.
export async function otherFilter(organizationId: string, integrationId: string, customerId: string, name: string) {
  const integration = await prisma.integration.findFirst({
    where: { id: integrationId, customerId, customer: { name }, organizationId },
  });
  if (!integration) throw new Error("not found");
  await prisma.integration.create({ data: { organizationId, customerId } }); // want "create on \"Integration\" links a \"Customer\" by \"customerId\" alone"
}

// The key given is another name than the one linked.
export async function otherKey(organizationId: string, integrationId: string, customerId: string, checkedId: string) {
  const integration = await prisma.integration.findFirst({
    where: { id: integrationId, customerId: checkedId, customer: { organizationId } },
  });
  if (!integration) throw new Error("not found");
  await prisma.integration.create({ data: { organizationId, customerId } }); // want "create on \"Integration\" links a \"Customer\" by \"customerId\" alone"
}

// Nothing leaves when the child is missing.
export async function notTested(organizationId: string, integrationId: string, customerId: string) {
  const integration = await prisma.integration.findFirst({
    where: { id: integrationId, customerId, customer: { organizationId } },
  });
  console.log(integration);
  await prisma.integration.create({ data: { organizationId, customerId } }); // want "create on \"Integration\" links a \"Customer\" by \"customerId\" alone"
}

// A spread after the key may replace it.
export async function spreadAfter(organizationId: string, integrationId: string, customerId: string, extra: object) {
  const integration = await prisma.integration.findFirst({ // want "a spread after \"customer\" may replace it"
    where: { id: integrationId, customerId, customer: { organizationId }, ...extra },
  });
  if (!integration) throw new Error("not found");
  await prisma.integration.create({ data: { organizationId, customerId } }); // want "create on \"Integration\" links a \"Customer\" by \"customerId\" alone"
}

// The key is given another value after the lookup.
export async function reassignedKey(organizationId: string, integrationId: string, customerId: string, next: string) {
  const integration = await prisma.integration.findFirst({
    where: { id: integrationId, customerId, customer: { organizationId } },
  });
  if (!integration) throw new Error("not found");
  customerId = next;
  await prisma.integration.create({ data: { organizationId, customerId } }); // want "create on \"Integration\" links a \"Customer\" by \"customerId\" alone"
}

// A module's key may be changed by other code while this one awaits.
let selected = "";
export function select(next: string) {
  selected = next;
}
export async function moduleKey(organizationId: string, integrationId: string) {
  const integration = await prisma.integration.findFirst({
    where: { id: integrationId, customerId: selected, customer: { organizationId } },
  });
  if (!integration) throw new Error("not found");
  await prisma.integration.create({ data: { organizationId, customerId: selected } }); // want "create on \"Integration\" links a \"Customer\" by \"customerId\" alone"
}

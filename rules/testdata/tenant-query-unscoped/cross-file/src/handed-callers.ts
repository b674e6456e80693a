import { prisma } from "./db";
import {
  getCustomerConstructed,
  getCustomerDeep,
  assertCustomerConstructed,
  assertCustomerDeep,
  firstCustomerDeep,
  HandingService,
  getCustomerAliasedInside,
  getCustomerAliasedAtTop,
  getCustomerMadeAtTop,
  getCustomerRequired,
  getCustomerNamespaceConstructed,
  getCustomerParenthesizedConstructor,
  getCustomerReflected,
  getCustomerReflectApplied,
  getCustomerOptionalMember,
  getCustomerOptionalCall,
  getCustomerSubscripted,
  getCustomerComma,
  getCustomerCast,
  getCustomerCalled,
  getCustomerSpread,
  getCustomerInObject,
  getCustomerInTemplate,
  getCustomerAsCallback,
  getCustomerAsThen,
  getCustomerDestructured,
  getCustomerStored,
  getCustomerTagged,
  getCustomerDynamic,
  getCustomerNamedLikeQuery,
  getCustomerConstructedNoArgs,
  getCustomerTwinCompared,
  getCustomerTwinIncluded,
  getCustomerTwinTyped,
  getCustomerTwinTested,
} from "./customers/handed";

// Each helper hands what it checked to code the rule cannot read before
// it returns: reported, as a helper calling a function it imports is.

export async function linkCheckedConstructed(organizationId: string, customerId: string) {
  const customer = await getCustomerConstructed(customerId, organizationId);
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } }); // want "links a \"Customer\" by \"customerId\" alone"
}

export async function linkCheckedDeep(organizationId: string, customerId: string) {
  const customer = await getCustomerDeep(customerId, organizationId);
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } }); // want "links a \"Customer\" by \"customerId\" alone"
}

export async function renameAssertedConstructed(organizationId: string, customerId: string) {
  await assertCustomerConstructed(organizationId, customerId);
  await prisma.customer.update({ where: { id: customerId }, data: {} }); // want "update on tenant-scoped \"Customer\""
}

export async function renameAssertedDeep(organizationId: string, customerId: string) {
  await assertCustomerDeep(organizationId, customerId);
  await prisma.customer.update({ where: { id: customerId }, data: {} }); // want "update on tenant-scoped \"Customer\""
}

export async function linkAssertedRowDeep(organizationId: string, customerId: string) {
  const customer = await assertCustomerDeep(organizationId, customerId);
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } }); // want "links a \"Customer\" by \"customerId\" alone"
}

export async function linkFirstDeep(organizationId: string) {
  const customer = await firstCustomerDeep(organizationId);
  if (!customer) throw new Error("none yet");
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } }); // want "links a \"Customer\" by \"customerId\" alone"
}

export async function renameVerifiedDeep(organizationId: string, customerId: string) {
  const customer = await HandingService.verify(organizationId, customerId);
  await prisma.customer.update({ where: { id: customer.id }, data: {} }); // want "update on tenant-scoped \"Customer\""
}

// Red team: every one reported.

export async function linkAliasedInside(organizationId: string, customerId: string) {
  const customer = await getCustomerAliasedInside(customerId, organizationId);
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } }); // want "links a \"Customer\" by \"customerId\" alone"
}

export async function linkAliasedAtTop(organizationId: string, customerId: string) {
  const customer = await getCustomerAliasedAtTop(customerId, organizationId);
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } }); // want "links a \"Customer\" by \"customerId\" alone"
}

export async function linkMadeAtTop(organizationId: string, customerId: string) {
  const customer = await getCustomerMadeAtTop(customerId, organizationId);
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } }); // want "links a \"Customer\" by \"customerId\" alone"
}

export async function linkRequired(organizationId: string, customerId: string) {
  const customer = await getCustomerRequired(customerId, organizationId);
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } }); // want "links a \"Customer\" by \"customerId\" alone"
}

export async function linkNamespaceConstructed(organizationId: string, customerId: string) {
  const customer = await getCustomerNamespaceConstructed(customerId, organizationId);
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } }); // want "links a \"Customer\" by \"customerId\" alone"
}

export async function linkParenthesizedConstructor(organizationId: string, customerId: string) {
  const customer = await getCustomerParenthesizedConstructor(customerId, organizationId);
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } }); // want "links a \"Customer\" by \"customerId\" alone"
}

export async function linkReflected(organizationId: string, customerId: string) {
  const customer = await getCustomerReflected(customerId, organizationId);
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } }); // want "links a \"Customer\" by \"customerId\" alone"
}

export async function linkReflectApplied(organizationId: string, customerId: string) {
  const customer = await getCustomerReflectApplied(customerId, organizationId);
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } }); // want "links a \"Customer\" by \"customerId\" alone"
}

export async function linkOptionalMember(organizationId: string, customerId: string) {
  const customer = await getCustomerOptionalMember(customerId, organizationId);
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } }); // want "links a \"Customer\" by \"customerId\" alone"
}

export async function linkOptionalCall(organizationId: string, customerId: string) {
  const customer = await getCustomerOptionalCall(customerId, organizationId);
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } }); // want "links a \"Customer\" by \"customerId\" alone"
}

export async function linkSubscripted(organizationId: string, customerId: string) {
  const customer = await getCustomerSubscripted(customerId, organizationId);
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } }); // want "links a \"Customer\" by \"customerId\" alone"
}

export async function linkComma(organizationId: string, customerId: string) {
  const customer = await getCustomerComma(customerId, organizationId);
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } }); // want "links a \"Customer\" by \"customerId\" alone"
}

export async function linkCast(organizationId: string, customerId: string) {
  const customer = await getCustomerCast(customerId, organizationId);
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } }); // want "links a \"Customer\" by \"customerId\" alone"
}

export async function linkCalled(organizationId: string, customerId: string) {
  const customer = await getCustomerCalled(customerId, organizationId);
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } }); // want "links a \"Customer\" by \"customerId\" alone"
}

export async function linkSpread(organizationId: string, customerId: string) {
  const customer = await getCustomerSpread(customerId, organizationId);
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } }); // want "links a \"Customer\" by \"customerId\" alone"
}

export async function linkInObject(organizationId: string, customerId: string) {
  const customer = await getCustomerInObject(customerId, organizationId);
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } }); // want "links a \"Customer\" by \"customerId\" alone"
}

export async function linkInTemplate(organizationId: string, customerId: string) {
  const customer = await getCustomerInTemplate(customerId, organizationId);
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } }); // want "links a \"Customer\" by \"customerId\" alone"
}

export async function linkAsCallback(organizationId: string, customerId: string) {
  const customer = await getCustomerAsCallback(customerId, organizationId);
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } }); // want "links a \"Customer\" by \"customerId\" alone"
}

export async function linkAsThen(organizationId: string, customerId: string) {
  const customer = await getCustomerAsThen(customerId, organizationId);
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } }); // want "links a \"Customer\" by \"customerId\" alone"
}

export async function linkDestructured(organizationId: string, customerId: string) {
  const customer = await getCustomerDestructured(customerId, organizationId);
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } }); // want "links a \"Customer\" by \"customerId\" alone"
}

export async function linkStored(organizationId: string, customerId: string) {
  const customer = await getCustomerStored(customerId, organizationId);
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } }); // want "links a \"Customer\" by \"customerId\" alone"
}

export async function linkTagged(organizationId: string, customerId: string) {
  const customer = await getCustomerTagged(customerId, organizationId);
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } }); // want "links a \"Customer\" by \"customerId\" alone"
}

export async function linkDynamic(organizationId: string, customerId: string) {
  const customer = await getCustomerDynamic(customerId, organizationId);
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } }); // want "links a \"Customer\" by \"customerId\" alone"
}

export async function linkNamedLikeQuery(organizationId: string, customerId: string) {
  const customer = await getCustomerNamedLikeQuery(customerId, organizationId);
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } }); // want "links a \"Customer\" by \"customerId\" alone"
}

export async function linkConstructedNoArgs(organizationId: string, customerId: string) {
  const customer = await getCustomerConstructedNoArgs(customerId, organizationId);
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } }); // want "links a \"Customer\" by \"customerId\" alone"
}

// Twins: quiet.

export async function linkTwinCompared(organizationId: string, customerId: string) {
  const customer = await getCustomerTwinCompared(customerId, organizationId);
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } });
}

export async function linkTwinIncluded(organizationId: string, customerId: string) {
  const customer = await getCustomerTwinIncluded(customerId, organizationId);
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } });
}

export async function linkTwinTyped(organizationId: string, customerId: string) {
  const customer = await getCustomerTwinTyped(customerId, organizationId);
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } });
}

export async function linkTwinTested(organizationId: string, customerId: string) {
  const customer = await getCustomerTwinTested(customerId, organizationId);
  await prisma.integration.create({ data: { organizationId, customerId: customer.id } });
}

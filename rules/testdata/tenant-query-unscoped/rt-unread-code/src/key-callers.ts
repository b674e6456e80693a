import { prisma } from "./db";
import { CustomerService } from "./service";

// The id a cached helper looked its row up by, the row's tenant compared.

export async function removeCached(organizationId: string, customerId: string) {
  const customer = await CustomerService.id(customerId);
  if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
  await prisma.customer.delete({ where: { id: customerId } });
}

export async function removeTypeofKey(organizationId: string, customerId: string) {
  const customer = await CustomerService.typeofKey(customerId);
  if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
  await prisma.customer.delete({ where: { id: customerId } }); // want "delete on tenant-scoped \"Customer\""
}

export async function removeTestedKey(organizationId: string, customerId: string) {
  const customer = await CustomerService.testedKey(customerId);
  if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
  await prisma.customer.delete({ where: { id: customerId } }); // want "delete on tenant-scoped \"Customer\""
}

export async function removeLengthKey(organizationId: string, customerId: string) {
  const customer = await CustomerService.lengthKey(customerId);
  if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
  await prisma.customer.delete({ where: { id: customerId } }); // want "delete on tenant-scoped \"Customer\""
}

export async function removeTemplateTested(organizationId: string, customerId: string) {
  const customer = await CustomerService.templateTested(customerId);
  if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
  await prisma.customer.delete({ where: { id: customerId } }); // want "delete on tenant-scoped \"Customer\""
}

export async function removeTemplatePlain(organizationId: string, customerId: string) {
  const customer = await CustomerService.templatePlain(customerId);
  if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
  await prisma.customer.delete({ where: { id: customerId } });
}

export async function removeStringObject(organizationId: string, customerId: string) {
  const customer = await CustomerService.stringObject(customerId);
  if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
  await prisma.customer.delete({ where: { id: customerId } }); // want "delete on tenant-scoped \"Customer\""
}

export async function removeJoined(organizationId: string, customerId: string) {
  const customer = await CustomerService.joined(customerId);
  if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
  await prisma.customer.delete({ where: { id: customerId } });
}

export async function removeJoinedTwice(organizationId: string, customerId: string) {
  const customer = await CustomerService.joinedTwice(customerId, "eu");
  if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
  await prisma.customer.delete({ where: { id: customerId } });
}

export async function removeLengthJoined(organizationId: string, customerId: string) {
  const customer = await CustomerService.lengthJoined(customerId);
  if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
  await prisma.customer.delete({ where: { id: customerId } }); // want "delete on tenant-scoped \"Customer\""
}

export async function removeBuilderAny(organizationId: string, customerId: string) {
  const customer = await CustomerService.builderAny(customerId);
  if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
  await prisma.customer.delete({ where: { id: customerId } }); // want "delete on tenant-scoped \"Customer\""
}

export async function removeBuilderShort(organizationId: string, customerId: string) {
  const customer = await CustomerService.builderShort(customerId);
  if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
  await prisma.customer.delete({ where: { id: customerId } }); // want "delete on tenant-scoped \"Customer\""
}

export async function removeBuilderLogged(organizationId: string, customerId: string) {
  const customer = await CustomerService.builderLogged(customerId);
  if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
  await prisma.customer.delete({ where: { id: customerId } }); // want "delete on tenant-scoped \"Customer\""
}

export async function removeBuilderJoined(organizationId: string, customerId: string) {
  const customer = await CustomerService.builderJoined(customerId);
  if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
  await prisma.customer.delete({ where: { id: customerId } });
}

export async function removeBuilderFunction(organizationId: string, customerId: string) {
  const customer = await CustomerService.builderFunction(customerId);
  if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
  await prisma.customer.delete({ where: { id: customerId } });
}

export async function removeBuilderRenamed(organizationId: string, customerId: string) {
  const customer = await CustomerService.builderRenamed(customerId);
  if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
  await prisma.customer.delete({ where: { id: customerId } }); // want "delete on tenant-scoped \"Customer\""
}

export async function removeBuilderPatched(organizationId: string, customerId: string) {
  const customer = await CustomerService.builderPatched(customerId);
  if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
  await prisma.customer.delete({ where: { id: customerId } }); // want "delete on tenant-scoped \"Customer\""
}

import { prisma } from "./db";
import { register, pickOrganization, extra, later } from "./auth";

// Unread code is handed a closure that gives the tenant parameter
// another organization before the lookup.
export async function getHookedKey(organizationId: string, other: string) {
  register(() => {
    organizationId = other;
  });
  let key = await prisma.apiKey.findFirst({ where: { organizationId } });
  if (!key) {
    key = await prisma.apiKey.create({ data: { id: "k", organizationId, environmentId: "e" } }); // want "create on \"ApiKey\" links a \"Environment\" by \"environmentId\" alone"
  }
  return key;
}

// The helper gives its tenant parameter what unread code returns.
export async function getPickedKey(organizationId: string, userId: string) {
  organizationId = await pickOrganization(userId);
  let key = await prisma.apiKey.findFirst({ where: { organizationId } });
  if (!key) {
    key = await prisma.apiKey.create({ data: { id: "k", organizationId, environmentId: "e" } }); // want "create on \"ApiKey\" links a \"Environment\" by \"environmentId\" alone"
  }
  return key;
}

// The pattern's tenant is rebound through a closure handed to unread code.
export async function getHookedPatternKey({ organizationId, other }: { organizationId: string; other: string }) {
  register(() => {
    organizationId = other;
  });
  let key = await prisma.apiKey.findFirst({ where: { organizationId } });
  if (!key) {
    key = await prisma.apiKey.create({ data: { id: "k", organizationId, environmentId: "e" } }); // want "create on \"ApiKey\" links a \"Environment\" by \"environmentId\" alone"
  }
  return key;
}

// The create's data spreads what unread code returns after the tenant.
export async function getSpreadKey(organizationId: string) {
  let key = await prisma.apiKey.findFirst({ where: { organizationId } });
  if (!key) {
    key = await prisma.apiKey.create({ data: { id: "k", organizationId, environmentId: "e", ...extra() } }); // want "cannot see what create on \"ApiKey\" writes to \"organizationId\"" "create on \"ApiKey\" links a \"Environment\" by \"environmentId\" alone"
  }
  return key;
}

// The lookup's where lets another organization's key through.
export async function getEitherKey(organizationId: string, id: string) {
  let key = await prisma.apiKey.findFirst({ where: { OR: [{ organizationId }, { id }] } }); // want "findFirst on tenant-scoped \"ApiKey\" has an OR branch without the tenant"
  if (!key) {
    register(() => undefined);
    key = await prisma.apiKey.create({ data: { id: "k", organizationId, environmentId: "e" } }); // want "create on \"ApiKey\" links a \"Environment\" by \"environmentId\" alone"
  }
  return key;
}

// A later-run closure reads the tenant: harmless, but the key handed to
// it as a whole refuses the helper.
export async function getLaterKey(organizationId: string) {
  let key = await prisma.apiKey.findFirst({ where: { organizationId } });
  if (!key) throw new Error("not found");
  const found = key;
  later(async () => Object.assign(found, { id: "x" }));
  return key;
}

// Near-miss twin that must stay silent: unread code handed only the
// caller's other values.
export async function getCleanKey(organizationId: string, userId: string) {
  register(() => console.log(userId));
  let key = await prisma.apiKey.findFirst({ where: { organizationId } });
  if (!key) {
    key = await prisma.apiKey.create({ data: { id: "k", organizationId, environmentId: "e" } }); // want "create on \"ApiKey\" links a \"Environment\" by \"environmentId\" alone"
  }
  return key;
}

// A hoisted declaration that rebinds the tenant, handed to unread code.
export async function getDeclaredHookKey(organizationId: string, other: string) {
  register(rebind);
  let key = await prisma.apiKey.findFirst({ where: { organizationId } });
  if (!key) throw new Error("not found");
  return key;
  function rebind() {
    organizationId = other;
  }
}

// A default parameter's closure rebinds the tenant, handed to unread code.
export async function getDefaultHookKey(organizationId: string, other: string, hook = () => void (organizationId = other)) {
  register(hook);
  let key = await prisma.apiKey.findFirst({ where: { organizationId } });
  if (!key) throw new Error("not found");
  return key;
}

// A for-of loop gives the tenant parameter another organization.
export async function getLoopedKey(organizationId: string, other: string) {
  let key = null;
  for (organizationId of [organizationId, other]) {
    key = await prisma.apiKey.findFirst({ where: { organizationId } });
    if (key) break;
  }
  register(() => undefined);
  if (!key) throw new Error("not found");
  return key;
}

// A destructuring assignment gives the tenant parameter another value.
export async function getDestructuredKey(organizationId: string, input: { organizationId: string }) {
  ({ organizationId } = input);
  register(() => undefined);
  let key = await prisma.apiKey.findFirst({ where: { organizationId } });
  if (!key) throw new Error("not found");
  return key;
}

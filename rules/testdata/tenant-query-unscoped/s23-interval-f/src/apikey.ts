import { prisma } from "./db";
import { hasPermission, generateKey, logger, remember, stamp } from "./auth";

type User = { id: string };
type Access = { permissions: string[] };

// Interval's dev key helper: found with the caller's organization, or,
// when the caller may, made in it; the calls of code the rule does not
// read are handed the caller's access and user, never the key.
export async function getDevKey({ user, organizationId, access }: { user: User; organizationId: string; access: Access }) {
  let key = await prisma.apiKey.findFirst({ where: { organizationId, environment: { slug: "development" } } });
  if (!key) {
    if (!hasPermission(access, "CREATE_DEV_API_KEYS")) {
      throw new Error("forbidden");
    }
    const env = await prisma.environment.findFirst({ where: { slug: "development", organizationId } });
    if (!env) {
      logger.error("Development environment not found", { organizationId });
      throw new Error("not found");
    }
    key = await prisma.apiKey.create({ data: { id: generateKey(user, "DEVELOPMENT"), organizationId, environmentId: env.id } });
  }
  return key;
}

// The same with plain parameters.
export async function getDevKeyPlain(user: User, organizationId: string, access: Access) {
  let key = await prisma.apiKey.findFirst({ where: { organizationId } });
  if (!key) {
    if (!hasPermission(access, "CREATE_DEV_API_KEYS")) throw new Error("forbidden");
    key = await prisma.apiKey.create({ data: { id: generateKey(user, "DEVELOPMENT"), organizationId, environmentId: "e" } }); // want "create on \"ApiKey\" links a \"Environment\" by \"environmentId\" alone"
  }
  return key;
}

// Twins. Unread code is handed the key, and may rekey it.
export async function getRememberedKey(user: User, organizationId: string) {
  let key = await prisma.apiKey.findFirst({ where: { organizationId } });
  if (!key) {
    key = await prisma.apiKey.create({ data: { id: generateKey(user, "DEVELOPMENT"), organizationId, environmentId: "e" } }); // want "create on \"ApiKey\" links a \"Environment\" by \"environmentId\" alone"
  }
  remember(key);
  return key;
}

export async function getStampedKey(organizationId: string, other: string) {
  let key = await prisma.apiKey.findFirst({ where: { organizationId } });
  if (!key) throw new Error("not found");
  stamp(key, other);
  return key;
}

// Unread code is handed a closure that reads the key.
export async function getClosedKey(organizationId: string) {
  let key = await prisma.apiKey.findFirst({ where: { organizationId } });
  remember(() => key);
  if (!key) {
    key = await prisma.apiKey.create({ data: { id: "k", organizationId, environmentId: "e" } }); // want "create on \"ApiKey\" links a \"Environment\" by \"environmentId\" alone"
  }
  return key;
}

// The tenant is a property of an object unread code is handed first.
export async function getMemberKey(params: { organizationId: string; access: Access }) {
  remember(params);
  let key = await prisma.apiKey.findFirst({ where: { organizationId: params.organizationId } });
  if (!key) {
    key = await prisma.apiKey.create({ data: { id: "k", organizationId: params.organizationId, environmentId: "e" } }); // want "create on \"ApiKey\" links a \"Environment\" by \"environmentId\" alone"
  }
  return key;
}

// The key is copied into an object unread code already holds.
export async function getStoredKey(organizationId: string, box: { key?: unknown }) {
  remember(box);
  let key = await prisma.apiKey.findFirst({ where: { organizationId } });
  if (!key) throw new Error("not found");
  box.key = key;
  await logger.error("stored", {});
  return key;
}

// The helper rebinds its tenant through arguments, in sloppy code.
export async function getArgumentsKey(organizationId: string, other: string) {
  // eslint-disable-next-line prefer-rest-params
  (arguments as any)[0] = other;
  hasPermission({ permissions: [] }, "x");
  let key = await prisma.apiKey.findFirst({ where: { organizationId } });
  if (!key) throw new Error("not found");
  return key;
}

// The fallback finds any tenant's key by an environment the caller names.
export async function getAnyKey(organizationId: string, id: string) {
  let key = await prisma.apiKey.findFirst({ where: { organizationId } });
  if (!key) {
    hasPermission({ permissions: [] }, "x");
    key = await prisma.apiKey.findFirst({ where: { environmentId: id } }); // want "findFirst on tenant-scoped \"ApiKey\" does not filter by the tenant"
  }
  return key;
}

import { prisma } from "./db";
import { fromPromise, ResultAsync } from "neverthrow";

const toError = (cause: unknown) => ({ type: "other" as const, cause });
declare function isNotFound(cause: unknown): boolean;

// An OrThrow lookup stops the write only when its promise is awaited
// first: through a .then, a .catch that throws again, or a Promise.all of
// its own.
export async function awaitedFirst(organizationId: string, customerId: string) {
  await prisma.customer.findFirstOrThrow({ where: { id: customerId, organizationId } }).catch(() => {
    throw new Error("customer not found");
  });
  await prisma.integration.create({ data: { organizationId, customerId } });
  await prisma.customer.findFirstOrThrow({ where: { id: customerId, organizationId } }).then((c) => c.id);
  await prisma.integration.create({ data: { organizationId, customerId } });
  await Promise.all([prisma.customer.findFirstOrThrow({ where: { id: customerId, organizationId } }), prisma.tag.count({ where: { organizationId } })]);
  await prisma.integration.create({ data: { organizationId, customerId } });
}

// A promise nobody awaits rejects while the write runs; a .catch that
// may return takes the throw; a Promise.all runs the write beside the
// lookup; neverthrow's fromPromise makes the throw a result, and .orElse
// runs on it.
export async function notAwaited(organizationId: string, customerId: string) {
  void prisma.customer.findFirstOrThrow({ where: { id: customerId, organizationId } });
  await prisma.integration.create({ data: { organizationId, customerId } }); // want "links a \"Customer\" by \"customerId\" alone"
}

export async function caught(organizationId: string, customerId: string) {
  await prisma.customer.findFirstOrThrow({ where: { id: customerId, organizationId } }).catch((cause) => {
    if (isNotFound(cause)) return null;
    throw cause;
  });
  await prisma.integration.create({ data: { organizationId, customerId } }); // want "links a \"Customer\" by \"customerId\" alone"
}

export async function besideTheWrite(organizationId: string, customerId: string) {
  await Promise.all([prisma.customer.findFirstOrThrow({ where: { id: customerId, organizationId } }), prisma.integration.create({ data: { organizationId, customerId } })]); // want "links a \"Customer\" by \"customerId\" alone"
}

export function resultOrElse(organizationId: string, customerId: string) {
  return ResultAsync.combine([
    fromPromise(prisma.customer.findFirstOrThrow({ where: { id: customerId, organizationId } }), toError),
  ]).orElse(() => fromPromise(prisma.integration.create({ data: { organizationId, customerId } }), toError)); // want "links a \"Customer\" by \"customerId\" alone"
}

export async function updateCaught(organizationId: string, customerId: string, integrationId: string) {
  await prisma.customer.update({ where: { id: customerId, organizationId }, data: {} }).catch(() => undefined);
  await prisma.integration.update({ where: { id: integrationId, organizationId }, data: { customerId } }); // want "links a \"Customer\" by \"customerId\" alone"
}

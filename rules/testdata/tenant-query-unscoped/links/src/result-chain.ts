import { prisma } from "./db";
import { errAsync, fromPromise, okAsync, ResultAsync } from "neverthrow";
import { ResultAsync as LocalResult } from "./result";

declare function other(): ResultAsync<number, { type: "other" }>;

const toError = (cause: unknown) => ({ type: "other" as const, cause });

// A neverthrow chain: the create runs in the callback of
// ResultAsync.combine(…).andThen, which runs only when every result
// combined is ok, and the lookup's result is ok only when it found the
// customer by that id with the tenant (trigger.dev's GitHub repository).
export function chained(organizationId: string, customerId: string) {
  const getCustomer = () =>
    fromPromise(prisma.customer.findFirst({ where: { id: customerId, organizationId } }), toError).andThen((customer) => {
      if (!customer) {
        return errAsync({ type: "not_found" as const });
      }
      return okAsync(customer);
    });
  const createIntegration = (name: string) =>
    fromPromise(prisma.integration.create({ data: { organizationId, customerId, id: name } }), toError);
  return ResultAsync.combine([other(), getCustomer()]).andThen(([n]) => createIntegration(String(n)));
}

// The write in the callback itself, after an OrThrow lookup that fails
// the result when it finds nothing.
export function chainedOrThrow(organizationId: string, customerId: string) {
  const getCustomer = () => fromPromise(prisma.customer.findFirstOrThrow({ where: { id: customerId, organizationId } }), toError);
  return ResultAsync.combine([getCustomer()]).andThen(() => fromPromise(prisma.integration.create({ data: { organizationId, customerId } }), toError));
}

// The lookup without the tenant finds any organization's customer.
export function chainedUnscoped(organizationId: string, customerId: string) {
  const getCustomer = () => fromPromise(prisma.customer.findFirstOrThrow({ where: { id: customerId } }), toError); // want "does not filter by the tenant"
  return ResultAsync.combine([getCustomer()]).andThen(() => fromPromise(prisma.integration.create({ data: { organizationId, customerId } }), toError)); // want "links a \"Customer\" by \"customerId\" alone"
}

// A lookup that finds nothing is still ok: a plain findFirst, or one whose
// `.map` keeps the missing row.
export function chainedMissing(organizationId: string, customerId: string) {
  ResultAsync.combine([
    fromPromise(prisma.customer.findFirst({ where: { id: customerId, organizationId } }), toError),
  ]).andThen(() => fromPromise(prisma.integration.create({ data: { organizationId, customerId } }), toError)); // want "links a \"Customer\" by \"customerId\" alone"
  return ResultAsync.combine([
    fromPromise(prisma.customer.findFirst({ where: { id: customerId, organizationId } }), toError).map((customer) => customer),
  ]).andThen(() => fromPromise(prisma.integration.create({ data: { organizationId, customerId } }), toError)); // want "links a \"Customer\" by \"customerId\" alone"
}

// A check that fails when the row is there, not when it is missing.
export function chainedInverted(organizationId: string, customerId: string) {
  return ResultAsync.combine([
    fromPromise(prisma.customer.findFirst({ where: { id: customerId, organizationId } }), toError).andThen((customer) => {
      if (customer) {
        return errAsync({ type: "exists" as const });
      }
      return okAsync(null);
    }),
  ]).andThen(() => fromPromise(prisma.integration.create({ data: { organizationId, customerId } }), toError)); // want "links a \"Customer\" by \"customerId\" alone"
}

// `.orElse` runs when the lookup failed: when the customer is not the
// organization's.
export function chainedOrElse(organizationId: string, customerId: string) {
  const getCustomer = () => fromPromise(prisma.customer.findFirstOrThrow({ where: { id: customerId, organizationId } }), toError);
  return ResultAsync.combine([getCustomer()]).orElse(() => fromPromise(prisma.integration.create({ data: { organizationId, customerId } }), toError)); // want "links a \"Customer\" by \"customerId\" alone"
}

// The helper also runs outside the chain, or is handed on.
export function chainedEscapes(organizationId: string, customerId: string) {
  const createIntegration = () => fromPromise(prisma.integration.create({ data: { organizationId, customerId } }), toError); // want "links a \"Customer\" by \"customerId\" alone"
  const getCustomer = () => fromPromise(prisma.customer.findFirstOrThrow({ where: { id: customerId, organizationId } }), toError);
  createIntegration();
  return ResultAsync.combine([getCustomer()]).andThen(() => createIntegration());
}

export function chainedHandedOn(organizationId: string, customerId: string) {
  const createIntegration = () => fromPromise(prisma.integration.create({ data: { organizationId, customerId } }), toError); // want "links a \"Customer\" by \"customerId\" alone"
  const getCustomer = () => fromPromise(prisma.customer.findFirstOrThrow({ where: { id: customerId, organizationId } }), toError);
  return { createIntegration, result: ResultAsync.combine([getCustomer()]).andThen(() => createIntegration()) };
}

// The key is given another value after the lookup, or the lookup was by
// another id.
export function chainedReassigned(organizationId: string, customerId: string, otherId: string) {
  const getCustomer = () => fromPromise(prisma.customer.findFirstOrThrow({ where: { id: customerId, organizationId } }), toError);
  const result = ResultAsync.combine([getCustomer()]).andThen(() => fromPromise(prisma.integration.create({ data: { organizationId, customerId } }), toError)); // want "links a \"Customer\" by \"customerId\" alone"
  customerId = otherId;
  return result;
}

export function chainedOtherKey(organizationId: string, customerId: string, otherId: string) {
  const getCustomer = () => fromPromise(prisma.customer.findFirstOrThrow({ where: { id: otherId, organizationId } }), toError);
  return ResultAsync.combine([getCustomer()]).andThen(() => fromPromise(prisma.integration.create({ data: { organizationId, customerId } }), toError)); // want "links a \"Customer\" by \"customerId\" alone"
}

// A ResultAsync of another module: nothing says what its combine does.
export function chainedElsewhere(organizationId: string, customerId: string) {
  const getCustomer = () => fromPromise(prisma.customer.findFirstOrThrow({ where: { id: customerId, organizationId } }), toError);
  return LocalResult.combine([getCustomer()]).andThen(() => fromPromise(prisma.integration.create({ data: { organizationId, customerId } }), toError)); // want "links a \"Customer\" by \"customerId\" alone"
}

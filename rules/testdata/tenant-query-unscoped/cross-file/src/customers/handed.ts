import { prisma } from "../db";
import { Audit, auditing, audit, makeAuditor, Forbidden, HttpError } from "../audit";
import * as unread from "../audit";

const TopAudit = Audit;
const auditor = makeAuditor();
const required = require("../audit");

// Helpers that check as lookup.ts's do, then hand the row or the id to
// code of a module the rule cannot read, by a constructor or by a method
// two names deep: that code may change the row's id, keep the row and
// change it later, or hand back another, so none proves anything.

export async function getCustomerConstructed(id: string, organizationId: string) {
  const customer = await prisma.customer.findUnique({ where: { id } });
  if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
  new Audit(customer);
  return customer;
}

export async function getCustomerDeep(id: string, organizationId: string) {
  const customer = await prisma.customer.findUnique({ where: { id } });
  if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
  auditing.deep.record(customer);
  return customer;
}

export const assertCustomerConstructed = async (organizationId: string, id: string) => {
  const customer = await prisma.customer.findFirst({ where: { id, organizationId } });
  if (!customer) throw new Error("not found");
  new Audit(customer);
  return customer;
};

export const assertCustomerDeep = async (organizationId: string, id: string) => {
  const customer = await prisma.customer.findFirst({ where: { id, organizationId } });
  if (!customer) throw new Error("not found");
  auditing.deep.record(customer);
  return customer;
};

export async function firstCustomerDeep(organizationId: string) {
  const customer = await prisma.customer.findFirst({ where: { organizationId } });
  auditing.deep.record(customer);
  return customer;
}

export class HandingService {
  static async verify(organizationId: string, id: string) {
    const customer = await prisma.customer.findFirst({ where: { id, organizationId } });
    if (!customer) throw new Error("not found");
    auditing.deep.record(customer);
    return customer;
  }
}

// Red team: each helper checks as getCustomerOrThrow does, then reaches
// unread code in another way before it returns the row.

// An alias of the import, inside the helper.
export async function getCustomerAliasedInside(id: string, organizationId: string) {
  const customer = await prisma.customer.findUnique({ where: { id } });
  if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
  const A = Audit;
  new A(customer);
  return customer;
}

// An alias of the import at the file's top level.
export async function getCustomerAliasedAtTop(id: string, organizationId: string) {
  const customer = await prisma.customer.findUnique({ where: { id } });
  if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
  new TopAudit(customer);
  return customer;
}

// An object an import made at the file's top level.
export async function getCustomerMadeAtTop(id: string, organizationId: string) {
  const customer = await prisma.customer.findUnique({ where: { id } });
  if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
  auditor.record(customer);
  return customer;
}

// A module loaded by require.
export async function getCustomerRequired(id: string, organizationId: string) {
  const customer = await prisma.customer.findUnique({ where: { id } });
  if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
  required.audit(customer);
  return customer;
}

// A class of a namespace import.
export async function getCustomerNamespaceConstructed(id: string, organizationId: string) {
  const customer = await prisma.customer.findUnique({ where: { id } });
  if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
  new unread.Audit(customer);
  return customer;
}

// A constructor in parentheses.
export async function getCustomerParenthesizedConstructor(id: string, organizationId: string) {
  const customer = await prisma.customer.findUnique({ where: { id } });
  if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
  new (auditing.Audit)(customer);
  return customer;
}

// A constructor handed to Reflect.
export async function getCustomerReflected(id: string, organizationId: string) {
  const customer = await prisma.customer.findUnique({ where: { id } });
  if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
  Reflect.construct(Audit, [customer]);
  return customer;
}

// A deep method handed to Reflect.
export async function getCustomerReflectApplied(id: string, organizationId: string) {
  const customer = await prisma.customer.findUnique({ where: { id } });
  if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
  Reflect.apply(auditing.deep.record, null, [customer]);
  return customer;
}

// An optional chain.
export async function getCustomerOptionalMember(id: string, organizationId: string) {
  const customer = await prisma.customer.findUnique({ where: { id } });
  if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
  auditing.deep?.record(customer);
  return customer;
}

// An optional call.
export async function getCustomerOptionalCall(id: string, organizationId: string) {
  const customer = await prisma.customer.findUnique({ where: { id } });
  if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
  auditing.deep.record?.(customer);
  return customer;
}

// A member by a string.
export async function getCustomerSubscripted(id: string, organizationId: string) {
  const customer = await prisma.customer.findUnique({ where: { id } });
  if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
  auditing["deep"].record(customer);
  return customer;
}

// A comma before the method.
export async function getCustomerComma(id: string, organizationId: string) {
  const customer = await prisma.customer.findUnique({ where: { id } });
  if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
  (0, auditing.deep.record)(customer);
  return customer;
}

// A cast on the way.
export async function getCustomerCast(id: string, organizationId: string) {
  const customer = await prisma.customer.findUnique({ where: { id } });
  if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
  (auditing.deep as any).record(customer);
  return customer;
}

// Function.prototype.call.
export async function getCustomerCalled(id: string, organizationId: string) {
  const customer = await prisma.customer.findUnique({ where: { id } });
  if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
  auditing.deep.record.call(null, customer);
  return customer;
}

// The row spread into the arguments.
export async function getCustomerSpread(id: string, organizationId: string) {
  const customer = await prisma.customer.findUnique({ where: { id } });
  if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
  auditing.deep.record(...[customer]);
  return customer;
}

// The row inside an object literal.
export async function getCustomerInObject(id: string, organizationId: string) {
  const customer = await prisma.customer.findUnique({ where: { id } });
  if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
  auditing.deep.record({ customer });
  return customer;
}

// A template and the row.
export async function getCustomerInTemplate(id: string, organizationId: string) {
  const customer = await prisma.customer.findUnique({ where: { id } });
  if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
  auditing.deep.record(`${customer.id}`, customer);
  return customer;
}

// The method handed as a callback.
export async function getCustomerAsCallback(id: string, organizationId: string) {
  const customer = await prisma.customer.findUnique({ where: { id } });
  if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
  [customer].forEach(auditing.deep.record);
  return customer;
}

// A function of the import handed to then.
export async function getCustomerAsThen(id: string, organizationId: string) {
  const customer = await prisma.customer.findUnique({ where: { id } });
  if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
  await Promise.resolve(customer).then(audit);
  return customer;
}

// The method taken out by destructuring.
export async function getCustomerDestructured(id: string, organizationId: string) {
  const customer = await prisma.customer.findUnique({ where: { id } });
  if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
  const { record } = auditing.deep;
  record(customer);
  return customer;
}

// The row written into the import's object (a setter may run).
export async function getCustomerStored(id: string, organizationId: string) {
  const customer = await prisma.customer.findUnique({ where: { id } });
  if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
  auditing.deep.last = customer;
  return customer;
}

// A tagged template.
export async function getCustomerTagged(id: string, organizationId: string) {
  const customer = await prisma.customer.findUnique({ where: { id } });
  if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
  auditing.deep.tag`${customer}`;
  return customer;
}

// A dynamic import.
export async function getCustomerDynamic(id: string, organizationId: string) {
  const customer = await prisma.customer.findUnique({ where: { id } });
  if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
  (await import("../audit")).audit(customer);
  return customer;
}

// A method named like a query, on no model's client.
export async function getCustomerNamedLikeQuery(id: string, organizationId: string) {
  const customer = await prisma.customer.findUnique({ where: { id } });
  if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
  auditing.deep.update(customer);
  return customer;
}

// A method of an instance of the import.
export async function getCustomerConstructedNoArgs(id: string, organizationId: string) {
  const customer = await prisma.customer.findUnique({ where: { id } });
  if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
  new Audit().record(customer);
  return customer;
}

// Twins: each reads what the import holds without calling it or handing it
// on, so nothing unread runs; read as getCustomerOrThrow is.

// Compared with a constant of the import.
export async function getCustomerTwinCompared(id: string, organizationId: string) {
  const customer = await prisma.customer.findUnique({ where: { id } });
  if (!customer || customer.organizationId !== organizationId || customer.id === unread.RESERVED_ID) throw new Error("not found");
  return customer;
}

// A value of the import given to the query, which calls nothing it is given.
export async function getCustomerTwinIncluded(id: string, organizationId: string) {
  const customer = await prisma.customer.findUnique({ where: { id }, include: { integrations: unread.WITH_INTEGRATIONS } });
  if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
  return customer;
}

// A type of the import.
export async function getCustomerTwinTyped(id: string, organizationId: string): Promise<unread.Shape> {
  const customer = await prisma.customer.findUnique({ where: { id } });
  if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
  return customer;
}

// A method of the import tested, not called.
export async function getCustomerTwinTested(id: string, organizationId: string) {
  if (typeof auditing.deep.record !== "function") throw new Error("no audit");
  const customer = await prisma.customer.findUnique({ where: { id } });
  if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
  return customer;
}

// The helper's own file's code reaching the import: a function it calls,
// or a method its class inherits from one.
function note(row: unknown) {
  auditing.deep.record(row);
}

export async function getCustomerNoted(id: string, organizationId: string) {
  const customer = await prisma.customer.findUnique({ where: { id } });
  if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
  note(customer);
  return customer;
}

export class InheritingService extends unread.AuditBase {
  static async verify(id: string, organizationId: string) {
    const customer = await prisma.customer.findUnique({ where: { id } });
    if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
    this.record(customer);
    return customer;
  }

  static async verifySuper(id: string, organizationId: string) {
    const customer = await prisma.customer.findUnique({ where: { id } });
    if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
    super.record(customer);
    return customer;
  }
}

// Twin: a function of the file that runs nothing unread, and a static
// method of a class extending nothing that calls another.
function describe(row: { id: string }) {
  return `customer ${row.id}`;
}

export async function getCustomerDescribed(id: string, organizationId: string) {
  const customer = await prisma.customer.findUnique({ where: { id } });
  if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
  describe(customer);
  return customer;
}

export class PlainService {
  static label(row: { id: string }) {
    return `customer ${row.id}`;
  }

  static async verify(id: string, organizationId: string) {
    const customer = await prisma.customer.findUnique({ where: { id } });
    if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
    this.label(customer);
    return customer;
  }
}

// Errors of the import thrown when the check fails.

// An error of the import thrown, handed nothing: quiet.
export async function getCustomerThrowsForbidden(id: string, organizationId: string) {
  const customer = await prisma.customer.findUnique({ where: { id } });
  if (!customer || customer.organizationId !== organizationId) throw new Forbidden();
  return customer;
}

// Handed an object of primitives: quiet.
export async function getCustomerThrowsMessage(id: string, organizationId: string) {
  const customer = await prisma.customer.findUnique({ where: { id } });
  if (!customer || customer.organizationId !== organizationId) throw new HttpError({ code: "NOT_FOUND", message: `customer ${id}` });
  return customer;
}

// Handed the row inside an object: reported.
export async function getCustomerThrowsRow(id: string, organizationId: string) {
  const customer = await prisma.customer.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Customer\""
  if (!customer || customer.organizationId !== organizationId) throw new HttpError({ code: "NOT_FOUND", customer });
  return customer;
}

// A template of the row: reported (not a primitive's template).
export async function getCustomerThrowsRowTemplate(id: string, organizationId: string) {
  const customer = await prisma.customer.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Customer\""
  if (!customer || customer.organizationId !== organizationId) throw new HttpError(`${customer}`);
  return customer;
}

// A call handed the row, its value thrown: reported.
export async function getCustomerThrowsHeld(id: string, organizationId: string) {
  const customer = await prisma.customer.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Customer\""
  if (!customer || customer.organizationId !== organizationId) throw audit(customer);
  return customer;
}

// A function of the file handed only a field of the row a query gave
// reaches nothing but that field: quiet. Handed a field of another object
// that holds the row, it reaches the row: reported.
export async function getCustomerNotedField(id: string, organizationId: string) {
  const customer = await prisma.customer.findUnique({ where: { id } });
  if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
  note(customer.organizationId);
  return customer;
}

export async function getCustomerNotedBox(id: string, organizationId: string) {
  const customer = await prisma.customer.findUnique({ where: { id } });
  if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
  const box = { customer };
  note(box.customer);
  return customer;
}

// The row stored in a field of itself, then that field handed on: the
// field is the row.
export async function getCustomerNotedSelf(id: string, organizationId: string) {
  const customer = await prisma.customer.findUnique({ where: { id } });
  if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
  (customer as any).self = customer;
  note((customer as any).self);
  return customer;
}

export async function getCustomerNotedAssigned(id: string, organizationId: string) {
  const customer = await prisma.customer.findUnique({ where: { id } });
  if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
  Object.assign(customer, { self: customer });
  note((customer as any).self);
  return customer;
}

// An error of the import thrown and caught by the helper, whose method is
// then handed the row: reported.
export async function getCustomerThrowsCaught(id: string, organizationId: string) {
  const customer = await prisma.customer.findUnique({ where: { id } });
  if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
  try {
    throw new HttpError("audit");
  } catch (e: any) {
    e.record(customer);
  }
  return customer;
}

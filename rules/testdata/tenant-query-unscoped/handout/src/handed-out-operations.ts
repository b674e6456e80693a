import { prisma } from "./lib/db";

// An operation taken from a model's client as a value is a hand-out too:
// the call made through it is never judged (typebot's ResultsService hands
// out prisma.result.count and prisma.result.findMany).
export async function operations(id: string, op: string, organizationId: string) {
  const remove = prisma.document.delete; // want "cannot follow the delete on \"Document\" handed out here; call prisma.document.delete directly, or ignore it with a reason$"
  await remove({ where: { id } });
  await prisma.document["delete"]({ where: { id } }); // want "cannot follow the delete on \"Document\" handed out here"
  await prisma.workflow.update.call(prisma.workflow, { where: { id }, data: {} }); // want "cannot follow the update on \"Workflow\" handed out here" "cannot follow the \"Workflow\" client handed out here"
  const service = { count: prisma.workflow.count, list: prisma.workflow.findMany.bind(prisma.workflow) }; // want "cannot follow the count on \"Workflow\"" "cannot follow the findMany on \"Workflow\"" "cannot follow the \"Workflow\" client handed out here"
  await prisma.document[op]({ where: { id } }); // want "cannot follow the operation a computed key picks from the \"Document\" client here; call prisma.document.<operation> directly"
  return service;
}

// Near misses, quiet: the operation called where it is named (a found
// call, judged as usual), a property of the client that is no operation,
// a global model's operation, a receiver that is no client.
declare const cache: { document: { delete: (k: string) => void } };
export async function notHandedOut(id: string, organizationId: string) {
  await prisma.document.delete({ where: { id, organizationId } });
  await prisma.document.delete?.({ where: { id, organizationId } });
  const fields = prisma.document.fields;
  const plans = prisma.plan.findMany;
  const evict = cache.document.delete;
  evict(id);
  return [fields, plans];
}

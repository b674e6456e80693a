type Context = { user?: { id: string }; entities: any };
declare const stripe: { Task: { update(a: object): Promise<void> } };

// Near misses. A capitalised name is a delegate only on entities: Prisma
// names its delegates in lower camel case, and elsewhere `Task` is some
// other object's member (an SDK's, a class's static), not a query.
export const notWasp = async (args: { id: string }, context: Context) => {
  await stripe.Task.update({ where: { id: args.id } });
  await context.entities.Tasks.update({ where: { id: args.id } }); // no model Tasks
  // On entities, the lower camel case delegate is read as on any client:
  // a client may be called entities, and a call found wrongly is reported,
  // never one missed.
  await context.entities.task.update({ where: { id: args.id }, data: {} }); // want "update on tenant-scoped \"Task\" does not filter by the tenant"
};

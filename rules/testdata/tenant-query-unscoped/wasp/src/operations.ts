// Wasp hands its operations (actions, queries, APIs, jobs) the Prisma
// client's delegates on context.entities, named as the models are
// written: context.entities.Task is prisma.task.
type Context = { user?: { id: string }; entities: any };

export const updateTask = async (args: { id: string; isDone: boolean }, context: Context) => {
  return context.entities.Task.update({ where: { id: args.id }, data: { isDone: args.isDone } }); // want "update on tenant-scoped \"Task\" does not filter by the tenant"
};

// Scoped: by the tenant field, or through the relation to the user.
export const updateOwnTask = async (args: { id: string; isDone: boolean }, context: Context) => {
  if (!context.user) throw new Error("401");
  await context.entities.Task.update({ where: { id: args.id, userId: context.user.id }, data: { isDone: args.isDone } });
  return context.entities.Task.delete({ where: { id: args.id, user: { id: context.user.id } } });
};

export const getTasks = async (_args: unknown, context: Context) => {
  if (!context.user) throw new Error("401");
  return context.entities.Task.findMany({ where: { user: { id: context.user.id } } });
};

// An API's handler and a job take context last; entities may be taken
// from it first.
export const tasksApi = async (req: { query: { id: string } }, res: { json(v: unknown): void }, context: Context) => {
  const { entities } = context;
  res.json(await entities.Task.findUnique({ where: { id: req.query.id } })); // want "findUnique on tenant-scoped \"Task\" does not filter by the tenant"
};

export const cleanupJob = async (_args: unknown, context: Context) => {
  await context.entities?.Task.deleteMany({ where: { isDone: true } }); // want "deleteMany on tenant-scoped \"Task\" does not filter by the tenant"
  return context.entities.Plan.findMany(); // a global model
};

type Context = { user?: { id: string }; entities: any };
declare function markDone(delegate: unknown, id: string): Promise<void>;

// A delegate taken off context.entities is a client handed out: its calls
// are not read, so each place is a notice.
export const deleteTask = async (args: { id: string }, context: Context) => {
  const { Task } = context.entities; // want "cannot follow the \"Task\" client handed out here; call context.entities.Task.<operation> directly"
  await markDone(context.entities.Task, args.id); // want "cannot follow the \"Task\" client handed out here"
  return Task.delete({ where: { id: args.id } });
};

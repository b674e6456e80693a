// A top tenant's client behind a choice of receivers reads as the client
// does.
export async function chosenReceiver(prisma: any, tx: any) {
  await (tx ?? prisma).group.findMany({ include: { expenses: true } }); // want "findMany on tenant \"Group\" includes its \"expenses\" of every group"
  await (tx ?? prisma).group.findMany({ where: { id: tx.id }, include: { expenses: true } });
}

// A Wasp operation's entity names the delegate as the model is written.
export const listGroups = async (_args: unknown, context: any) => {
  return context.entities.Group.findMany({ include: { expenses: true } }); // want "findMany on tenant \"Group\" includes its \"expenses\" of every group"
};

// The top tenant's client handed out, destructured or reached by a key is
// one whose reads the rule cannot follow, as a scoped model's is.
export async function handedOut(prisma: any) {
  const g = prisma.group; // want "cannot follow the \"Group\" client handed out here"
  await g.findMany({ include: { expenses: true } });
  const { group } = prisma; // want "cannot follow the \"Group\" client handed out here"
  await group.findMany({ include: { expenses: true } });
  await prisma["group"].findMany({ include: { expenses: true } }); // want "cannot follow the \"Group\" client handed out here"
  // Called directly, or only tested, it is read as usual.
  if (!prisma.group) return;
  await prisma.group.findMany({ select: { id: true } });
}

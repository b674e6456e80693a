import { countUsage, throwIfOver } from "./usage";

// Runs the callback, within a transaction when a limit applies, and gives
// back what it made.
export async function createWithinLimit<T>({
  prisma,
  projectId,
  create,
}: {
  prisma: any;
  projectId: string;
  create: (tx: any) => Promise<T>;
}): Promise<T> {
  if (!projectId.startsWith("limited-")) return create(prisma);
  return prisma.$transaction(async (tx: any) => {
    throwIfOver(await countUsage(tx, projectId));
    return create(tx);
  });
}

// Gives back an existing row when one is found: the callback's may not be
// what it returns.
export async function createOrReuse<T>({ prisma, create }: { prisma: any; create: (tx: any) => Promise<T> }): Promise<T> {
  const existing = await prisma.team.findFirst({ where: { name: "shared" } }); // want "findFirst on tenant-scoped \"Team\""
  if (existing) return existing;
  return create(prisma);
}

// Runs the callback later, and gives back another row.
export async function createLater<T>({ prisma, create }: { prisma: any; create: (tx: any) => Promise<T> }): Promise<T> {
  setTimeout(() => create(prisma), 0);
  return prisma.team.findFirst({ where: { name: "shared" } }); // want "findFirst on tenant-scoped \"Team\""
}

// The transaction's callback binds the name to its own parameter: the
// call there is not of the callback given.
export async function createShadowed<T>({ prisma, create }: { prisma: any; create: (tx: any) => Promise<T> }): Promise<T> {
  return prisma.$transaction(async (create: any) => create(prisma));
}

// A default stands in when no callback is given.
export async function createDefaulted<T>({ prisma, create = (tx: any) => tx.team.findFirst({}) }: { prisma: any; create?: (tx: any) => Promise<T> }): Promise<T> { // want "findFirst on tenant-scoped \"Team\""
  return create(prisma);
}

// The callback's value, or another when it gives none.
export async function createOrFallback<T>({ prisma, create }: { prisma: any; create: (tx: any) => Promise<T> }): Promise<T> {
  return (await create(prisma)) ?? prisma.team.findFirst({ where: { name: "shared" } }); // want "findFirst on tenant-scoped \"Team\""
}

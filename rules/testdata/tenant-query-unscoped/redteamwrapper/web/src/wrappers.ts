import { prisma as db } from "./db";

// The callback runs on the client given, the one transaction's client:
// what it returns is the row its create made.
export async function withLimit<T>({ prisma, create }: { prisma: any; create: (tx: any) => Promise<T> }): Promise<T> {
  return create(prisma);
}

// Renamed in the destructuring: the same entry.
export async function withLimitRenamed<T>({ prisma, create: make }: { prisma: any; create: (tx: any) => Promise<T> }): Promise<T> {
  return make(prisma);
}

// The transaction's client of the client given.
export async function withLimitTx<T>({ prisma, create }: { prisma: any; create: (tx: any) => Promise<T> }): Promise<T> {
  return prisma.$transaction(async (tx: any) => create(tx));
}

// The file's own client, imported.
export async function withImportedClient<T>({ create }: { create: (tx: any) => Promise<T> }): Promise<T> {
  return create(db);
}

// Tried again on a failure: each return gives a row the callback made.
export async function withRetry<T>({ prisma, create }: { prisma: any; create: (tx: any) => Promise<T> }): Promise<T> {
  try {
    return await create(prisma);
  } catch {
    return create(prisma);
  }
}

// A found row on one path, in the catch.
export async function withCatchFound<T>({ prisma, create }: { prisma: any; create: (tx: any) => Promise<T> }): Promise<T> {
  try {
    return await create(prisma);
  } catch {
    return prisma.team.findFirst({ where: { name: "shared" } }); // want "findFirst on tenant-scoped \"Team\""
  }
}

// A finally's return gives another value than the try's.
export async function withFinallyFound<T>({ prisma, existing, create }: { prisma: any; existing: T; create: (tx: any) => Promise<T> }): Promise<T> {
  try {
    return await create(prisma);
  } finally {
    return existing;
  }
}

// One branch of a ternary gives the input row.
export async function withTernary<T>({ prisma, existing, create }: { prisma: any; existing?: T; create: (tx: any) => Promise<T> }): Promise<T> {
  return existing ? existing : create(prisma);
}

// A race between the callback's row and the input's.
export async function withRace<T>({ prisma, existing, create }: { prisma: any; existing: Promise<T>; create: (tx: any) => Promise<T> }): Promise<T> {
  return await Promise.race([create(prisma), existing]);
}

// The callback's row wrapped in an object.
export async function withWrapped<T>({ prisma, create }: { prisma: any; create: (tx: any) => Promise<T> }): Promise<{ row: T }> {
  return prisma.$transaction(async (tx: any) => ({ row: await create(tx) }));
}

// The callback taken from a rest element.
export async function withRest<T>({ prisma, ...rest }: { prisma: any; create: (tx: any) => Promise<T> }): Promise<T> {
  return rest.create(prisma);
}

// The callback read from the arguments object.
export async function withArguments<T>(_options: { prisma: any; create: (tx: any) => Promise<T> }): Promise<T> {
  return arguments[0].create(arguments[0].prisma);
}

// The callback run, its row dropped, and the input given back through a
// second call with another callback.
export async function withSecondCall<T>({ prisma, create }: { prisma: any; create: (tx: any) => Promise<T> }): Promise<T> {
  await create(prisma);
  return create(prisma);
}

import { forProject } from "./db";

// The callback is handed an object whose create gives back a row named by
// the caller's input: the callback's "create" makes nothing.
export async function withFakeClient<T>({ teamId, create }: { teamId: string; create: (tx: any) => Promise<T> }): Promise<T> {
  return create({ team: { create: async () => ({ id: teamId }) } });
}

// The same object, bound first.
export async function withFakeBound<T>({ teamId, create }: { teamId: string; create: (tx: any) => Promise<T> }): Promise<T> {
  const fake = { team: { create: async () => ({ id: teamId }) } };
  return create(fake);
}

// A transaction of an object that is no client: its "callback's result"
// is the caller's input.
export async function withFakeTransaction<T>({ teamId, create }: { teamId: string; create: (tx: any) => Promise<T> }): Promise<T> {
  const fake = { $transaction: async (_cb: any) => ({ id: teamId }) };
  return fake.$transaction(async (tx: any) => create(tx));
}

// A client of another project's: whatever it makes is that project's.
export async function withOtherProject<T>({ otherProjectId, create }: { otherProjectId: string; create: (tx: any) => Promise<T> }): Promise<T> {
  return create(forProject(otherProjectId));
}

// The client given, replaced before the callback runs.
export async function withReplacedClient<T>({ prisma, teamId, create }: { prisma: any; teamId: string; create: (tx: any) => Promise<T> }): Promise<T> {
  prisma = { team: { create: async () => ({ id: teamId }) } };
  return create(prisma);
}

// The client given, its delegate replaced before the callback runs.
export async function withReplacedDelegate<T>({ prisma, teamId, create }: { prisma: any; teamId: string; create: (tx: any) => Promise<T> }): Promise<T> {
  prisma.team = { create: async () => ({ id: teamId }) };
  return create(prisma);
}

// A default stands in for the client when the caller gives none.
export async function withDefaultClient<T>({ prisma = { team: { create: async () => ({ id: "shared" }) } }, create }: { prisma?: any; create: (tx: any) => Promise<T> }): Promise<T> {
  return create(prisma);
}

// The transaction's callback binds its parameter's name again.
export async function withShadowedTx<T>({ prisma, teamId, create }: { prisma: any; teamId: string; create: (tx: any) => Promise<T> }): Promise<T> {
  return prisma.$transaction(async (tx: any) => {
    {
      const tx = { team: { create: async () => ({ id: teamId }) } };
      return create(tx);
    }
  });
}

// The clients a wrapper may hand on: an entry renamed, a transaction's
// parameter without parentheses.
export async function withRenamedClient<T>({ db: client, create }: { db: any; create: (tx: any) => Promise<T> }): Promise<T> {
  return client.$transaction((tx: any) => create(tx));
}

export async function withBareTx<T>({ prisma, create }: { prisma: any; create: (tx: any) => Promise<T> }): Promise<T> {
  return prisma.$transaction(async tx => create(tx));
}

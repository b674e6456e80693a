// The name bound again in a block, spelled by an escape: the call is of
// the block's function, not of the callback.
export async function withEscapedShadow<T>({ prisma, teamId, create }: { prisma: any; teamId: string; create: (tx: any) => Promise<T> }): Promise<T> {
  {
    const cre\u0061te = async (_tx: any) => ({ id: teamId });
    return create(prisma);
  }
}

// A var of the escaped name rebinds the parameter itself.
export async function withEscapedVar<T>({ prisma, teamId, create }: { prisma: any; teamId: string; create: (tx: any) => Promise<T> }): Promise<T> {
  var cre\u0061te: any = async (_tx: any) => ({ id: teamId });
  return create(prisma);
}

// The transaction's callback names its parameter by the escaped name.
export async function withEscapedTxShadow<T>({ prisma, create }: { prisma: any; create: (tx: any) => Promise<T> }): Promise<T> {
  return prisma.$transaction(async (cre\u0061te: any) => create(prisma));
}

// The entry destructured by an escaped spelling of its name: the same
// binding the return calls.
export async function withEscapedEntry<T>({ prisma, cre\u0061te }: { prisma: any; create: (tx: any) => Promise<T> }): Promise<T> {
  return create(prisma);
}

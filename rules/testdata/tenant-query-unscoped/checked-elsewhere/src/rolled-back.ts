declare const prisma: any;
declare function audit(n: number): void;

// In an interactive transaction a throw undoes every write of the
// callback: the delete by the conversation's id and the tenant throws when
// the conversation is another account's, so the messages deleted by its
// id alone come back (blinko's conversation delete).
export async function remove(accountId: number, input: { id: number }) {
  return await prisma.$transaction(async (tx: any) => {
    await tx.message.deleteMany({ where: { conversationId: input.id } });
    return await tx.conversation.delete({ where: { id: input.id, accountId } });
  });
}

// A write in a function the callback calls is left to its own proofs.
export async function removeInside(accountId: number, id: number) {
  return prisma.$transaction((tx: any) => {
    return (async () => {
      await tx.message.deleteMany({ where: { conversationId: id } }); // want "deleteMany on tenant-scoped \"Message\" does not filter by the tenant"
      return tx.conversation.delete({ where: { id, accountId } });
    })();
  });
}

export async function removeReturned(accountId: number, id: number) {
  return prisma.$transaction(async (tx: any) => {
    await tx.message.updateMany({ where: { conversationId: id }, data: {} });
    return tx.conversation.update({ where: { id, accountId }, data: {} });
  });
}

export async function removeThenFind(accountId: number, id: number) {
  await prisma.$transaction(async (tx: any) => {
    await tx.message.updateMany({ where: { conversationId: id }, data: {} });
    const conversation = await tx.conversation.findFirstOrThrow({ where: { id, accountId } });
    audit(conversation.id);
  });
}

// Near misses: the check runs only sometimes, or after a return; it finds
// nothing by the same key, or not with the tenant, or does not throw.
export async function checkedSometimes(accountId: number, id: number, sure: boolean) {
  await prisma.$transaction(async (tx: any) => {
    await tx.message.deleteMany({ where: { conversationId: id } }); // want "deleteMany on tenant-scoped \"Message\" does not filter by the tenant"
    if (sure) {
      await tx.conversation.delete({ where: { id, accountId } });
    }
  });
}

export async function returnsFirst(accountId: number, id: number, done: boolean) {
  await prisma.$transaction(async (tx: any) => {
    await tx.message.deleteMany({ where: { conversationId: id } }); // want "deleteMany on tenant-scoped \"Message\" does not filter by the tenant"
    if (done) return;
    await tx.conversation.delete({ where: { id, accountId } });
  });
}

export async function otherKey(accountId: number, id: number, other: number) {
  await prisma.$transaction(async (tx: any) => {
    await tx.message.deleteMany({ where: { conversationId: id } }); // want "deleteMany on tenant-scoped \"Message\" does not filter by the tenant"
    await tx.conversation.delete({ where: { id: other, accountId } });
  });
}

export async function keyChanged(accountId: number, input: { id: number }, other: number) {
  await prisma.$transaction(async (tx: any) => {
    await tx.message.deleteMany({ where: { conversationId: input.id } }); // want "deleteMany on tenant-scoped \"Message\" does not filter by the tenant"
    input.id = other;
    await tx.conversation.delete({ where: { id: input.id, accountId } });
  });
}

export async function nameChanged(accountId: number, id: number, other: number) {
  await prisma.$transaction(async (tx: any) => {
    await tx.message.deleteMany({ where: { conversationId: id } }); // want "deleteMany on tenant-scoped \"Message\" does not filter by the tenant"
    id = other;
    await tx.conversation.delete({ where: { id, accountId } });
  });
}

export async function checkedWithoutTenant(id: number) {
  await prisma.$transaction(async (tx: any) => {
    await tx.message.deleteMany({ where: { conversationId: id } }); // want "deleteMany on tenant-scoped \"Message\" does not filter by the tenant"
    await tx.conversation.delete({ where: { id } }); // want "delete on tenant-scoped \"Conversation\" does not filter by the tenant"
  });
}

export async function checkDoesNotThrow(accountId: number, id: number) {
  await prisma.$transaction(async (tx: any) => {
    await tx.message.deleteMany({ where: { conversationId: id } }); // want "deleteMany on tenant-scoped \"Message\" does not filter by the tenant"
    await tx.conversation.deleteMany({ where: { id, accountId } });
  });
}

// Outside the transaction, or with no transaction, nothing is undone.
export async function checkedOutside(accountId: number, id: number) {
  await prisma.$transaction(async (tx: any) => {
    await tx.message.deleteMany({ where: { conversationId: id } }); // want "deleteMany on tenant-scoped \"Message\" does not filter by the tenant"
    await prisma.conversation.delete({ where: { id, accountId } });
  });
}

export async function noTransaction(accountId: number, id: number) {
  await prisma.message.deleteMany({ where: { conversationId: id } }); // want "deleteMany on tenant-scoped \"Message\" does not filter by the tenant"
  await prisma.conversation.delete({ where: { id, accountId } });
}

// A check left unawaited may reject after the callback has ended.
export async function checkNotAwaited(accountId: number, id: number) {
  await prisma.$transaction(async (tx: any) => {
    await tx.message.deleteMany({ where: { conversationId: id } }); // want "deleteMany on tenant-scoped \"Message\" does not filter by the tenant"
    const pending = tx.conversation.delete({ where: { id, accountId } });
    audit(pending ? 1 : 0);
  });
}

// A transaction given options may read uncommitted writes elsewhere.
export async function withOptions(accountId: number, id: number) {
  await prisma.$transaction(async (tx: any) => {
    await tx.message.deleteMany({ where: { conversationId: id } }); // want "deleteMany on tenant-scoped \"Message\" does not filter by the tenant"
    await tx.conversation.delete({ where: { id, accountId } });
  }, { isolationLevel: "ReadUncommitted" });
}

// A write whose result is kept may hand rows on before the throw.
export async function resultKept(accountId: number, id: number) {
  await prisma.$transaction(async (tx: any) => {
    const moved = await tx.message.update({ where: { id: 1, conversationId: id }, data: {} }); // want "update on tenant-scoped \"Message\" does not filter by the tenant"
    audit(moved.id);
    await tx.conversation.delete({ where: { id, accountId } });
  });
}

// Near misses: the write's client is no longer the transaction, so no
// throw of the callback undoes it.
export async function writesOutside(accountId: number, id: number) {
  await prisma.$transaction(async (tx: any) => {
    tx = prisma;
    await tx.message.deleteMany({ where: { conversationId: id } }); // want "deleteMany on tenant-scoped \"Message\" does not filter by the tenant"
    await tx.conversation.delete({ where: { id, accountId } });
  });
}

export async function redeclaresClient(accountId: number, id: number) {
  await prisma.$transaction(async (tx: any) => {
    var tx = prisma;
    await tx.message.deleteMany({ where: { conversationId: id } }); // want "deleteMany on tenant-scoped \"Message\" does not filter by the tenant"
    await tx.conversation.delete({ where: { id, accountId } });
  });
}

// A batch transaction is one transaction too: when the update by the
// conversation's id and the account finds no row it throws, and the whole
// batch, the messages' delete included, is undone (Fonoster's
// application update), whatever their order.
export async function removeInBatch(accountId: number, id: number) {
  await prisma.$transaction([
    prisma.message.deleteMany({ where: { conversationId: id } }),
    prisma.conversation.update({ where: { id, accountId }, data: {} }),
  ]);
}

export async function removeInBatchAfter(accountId: number, id: number) {
  await prisma.$transaction([prisma.conversation.delete({ where: { id, accountId } }), prisma.message.updateMany({ where: { conversationId: id }, data: {} })]);
}

// Near misses, each in a function of its own (a call that throws earlier
// in the function proves the id for what follows): a check that does not
// throw when nothing is found, one by another key, one through another
// client, options that may show the write to others, a spread that may
// hold anything.
export async function batchNotThrowing(accountId: number, id: number) {
  await prisma.$transaction([
    prisma.message.deleteMany({ where: { conversationId: id } }), // want "deleteMany on tenant-scoped \"Message\" does not filter by the tenant"
    prisma.conversation.updateMany({ where: { id, accountId }, data: {} }),
  ]);
}

export async function batchOtherKey(accountId: number, id: number, other: number) {
  await prisma.$transaction([
    prisma.message.deleteMany({ where: { conversationId: id } }), // want "deleteMany on tenant-scoped \"Message\" does not filter by the tenant"
    prisma.conversation.update({ where: { id: other, accountId }, data: {} }),
  ]);
}

export async function batchOtherClient(accountId: number, id: number, tx: any) {
  await prisma.$transaction([
    prisma.message.deleteMany({ where: { conversationId: id } }), // want "deleteMany on tenant-scoped \"Message\" does not filter by the tenant"
    tx.conversation.update({ where: { id, accountId }, data: {} }),
  ]);
}

export async function batchWithOptions(accountId: number, id: number) {
  await prisma.$transaction(
    [
      prisma.message.deleteMany({ where: { conversationId: id } }), // want "deleteMany on tenant-scoped \"Message\" does not filter by the tenant"
      prisma.conversation.update({ where: { id, accountId }, data: {} }),
    ],
    { isolationLevel: "ReadUncommitted" },
  );
}

export async function batchWithSpread(accountId: number, id: number, more: any[]) {
  await prisma.$transaction([
    prisma.message.deleteMany({ where: { conversationId: id } }), // want "deleteMany on tenant-scoped \"Message\" does not filter by the tenant"
    ...more,
    prisma.conversation.update({ where: { id, accountId }, data: {} }),
  ]);
}

import { PrismaClient, Digest } from "@prisma/client";

const db = new PrismaClient();
const archive = new PrismaClient();

// A row created in the tenant is the tenant's however the awaited create
// is wrapped: parentheses, a cast, `!` or `satisfies` change its type, not
// its value. (A digest template handler casts the create this way, then
// reads the row back by its id.)
export async function castInParens(teamId: string, title: string) {
  const created = (await db.digest.create({ data: { teamId, title } })) as Digest;
  return db.digest.findUnique({ where: { id: created.id } });
}

export async function parensAlone(teamId: string, title: string) {
  const created = (await db.digest.create({ data: { teamId, title } }));
  return db.digest.findUnique({ where: { id: created.id } });
}

export async function parensInsideAwait(teamId: string, title: string) {
  const created = await (db.digest.create({ data: { teamId, title } }));
  return db.digest.findUnique({ where: { id: created.id } });
}

export async function nonNullInParens(teamId: string, title: string) {
  const created = (await db.digest.create({ data: { teamId, title } }))!;
  return db.digest.findUnique({ where: { id: created.id } });
}

export async function satisfiesInParens(teamId: string, title: string) {
  const created = (await db.digest.create({ data: { teamId, title } })) satisfies Digest;
  return db.digest.findUnique({ where: { id: created.id } });
}

export async function doubleParens(teamId: string, title: string) {
  let created = ((await db.digest.create({ data: { teamId, title } })));
  return db.digest.delete({ where: { id: created.id } });
}

// Destructured from the parenthesized create.
export async function destructuredInParens(teamId: string, title: string) {
  const { id } = (await db.digest.create({ data: { teamId, title } })) as Digest;
  return db.digest.findUnique({ where: { id } });
}

export async function restInParens(teamId: string, title: string) {
  const { title: _t, ...row } = (await db.digest.create({ data: { teamId, title } }));
  return db.digest.findUnique({ where: { id: row.id } });
}

// Returned from a transaction's callback, parenthesized there.
export async function inTransaction(teamId: string, title: string) {
  const outcome = await db.$transaction(async (tx) => {
    const digest = (await tx.digest.create({ data: { teamId, title } })) as Digest;
    return { digest };
  });
  return db.digest.findUnique({ where: { id: outcome.digest.id } });
}

// Casts stacked after the parentheses, and a finally, keep the row.
export async function castTwice(teamId: string, title: string) {
  const created = (await db.digest.create({ data: { teamId, title } })) as unknown as Digest;
  return db.digest.findUnique({ where: { id: created.id } });
}

export async function finallyInParens(teamId: string, title: string) {
  const created = (await db.digest.create({ data: { teamId, title } }).finally(() => undefined));
  return db.digest.findUnique({ where: { id: created.id } });
}

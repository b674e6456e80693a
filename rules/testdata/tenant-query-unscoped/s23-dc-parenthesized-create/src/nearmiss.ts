import { PrismaClient, Digest } from "@prisma/client";

const db = new PrismaClient();
const archive = new PrismaClient();

// The parentheses hold more than the create: the value is what follows
// the comma, or the other row when the create gives nothing.
export async function sequence(teamId: string, title: string, other: Digest) {
  const created = (await db.digest.create({ data: { teamId, title } }), other);
  return db.digest.findUnique({ where: { id: created.id } }); // want "findUnique on tenant-scoped \"Digest\" does not filter by the tenant"
}

export async function orOther(teamId: string, title: string, other: Digest) {
  const created = (await db.digest.create({ data: { teamId, title } })) || other;
  return db.digest.findUnique({ where: { id: created.id } }); // want "findUnique on tenant-scoped \"Digest\" does not filter by the tenant"
}

export async function ternary(teamId: string, title: string, other: Digest, fresh: boolean) {
  const created = fresh ? (await db.digest.create({ data: { teamId, title } })) : other;
  return db.digest.findUnique({ where: { id: created.id } }); // want "findUnique on tenant-scoped \"Digest\" does not filter by the tenant"
}

// A row reached from the created one is not it.
export async function memberOfCreated(teamId: string, title: string) {
  const created = (await db.digest.create({ data: { teamId, title }, include: { team: true } })).team;
  return db.digest.findUnique({ where: { id: created.id } }); // want "findUnique on tenant-scoped \"Digest\" does not filter by the tenant"
}

// A create on another model, or on another client.
export async function otherModel(teamId: string, name: string) {
  const created = (await db.team.create({ data: { name } })) as any;
  return db.digest.findUnique({ where: { id: created.id } }); // want "findUnique on tenant-scoped \"Digest\" does not filter by the tenant"
}

export async function otherClient(teamId: string, title: string) {
  const created = (await archive.digest.create({ data: { teamId, title } })) as Digest;
  return db.digest.findUnique({ where: { id: created.id } }); // want "findUnique on tenant-scoped \"Digest\" does not filter by the tenant"
}

// A let given the caller's row since.
export async function reassignedLet(teamId: string, title: string, other: Digest) {
  let created = (await db.digest.create({ data: { teamId, title } })) as Digest;
  created = other;
  return db.digest.findUnique({ where: { id: created.id } }); // want "findUnique on tenant-scoped \"Digest\" does not filter by the tenant"
}

// The created row's name hidden by the caller's in an inner block.
export async function shadowed(teamId: string, title: string, rows: Digest[]) {
  const created = (await db.digest.create({ data: { teamId, title } })) as Digest;
  for (const created of rows) {
    await db.digest.findUnique({ where: { id: created.id } }); // want "findUnique on tenant-scoped \"Digest\" does not filter by the tenant"
  }
  return created;
}

// A then that hands back another row.
export async function thenOther(teamId: string, title: string, other: Digest) {
  const created = (await db.digest.create({ data: { teamId, title } }).then(() => other));
  return db.digest.findUnique({ where: { id: created.id } }); // want "findUnique on tenant-scoped \"Digest\" does not filter by the tenant"
}

// A catch whose fallback is another row.
export async function catchOther(teamId: string, title: string, other: Digest) {
  const created = (await db.digest.create({ data: { teamId, title } }).catch(() => other));
  return db.digest.findUnique({ where: { id: created.id } }); // want "findUnique on tenant-scoped \"Digest\" does not filter by the tenant"
}

// Parentheses inside the await around more than the create.
export async function sequenceInsideAwait(teamId: string, title: string, other: Promise<Digest>) {
  const created = await (db.digest.create({ data: { teamId, title } }), other);
  return db.digest.findUnique({ where: { id: created.id } }); // want "findUnique on tenant-scoped \"Digest\" does not filter by the tenant"
}

// The create read is not the create that gives the value: another one,
// called on something reached from the first row.
export async function createOnCreated(teamId: string, title: string) {
  const created = (await (await db.digest.create({ data: { teamId, title } }) as any).digest.create({ data: {} }));
  return db.digest.findUnique({ where: { id: created.id } }); // want "findUnique on tenant-scoped \"Digest\" does not filter by the tenant"
}

// Destructured from parentheses that hold another row after a comma.
export async function destructuredSequence(teamId: string, title: string, other: Digest) {
  const { id } = (await db.digest.create({ data: { teamId, title } }), other);
  return db.digest.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Digest\" does not filter by the tenant"
}

// An element of the created row's list is not the row.
export async function indexOfCreated(teamId: string, title: string) {
  const created = (await db.digest.create({ data: { teamId, title } }) as any)[0];
  return db.digest.findUnique({ where: { id: created.id } }); // want "findUnique on tenant-scoped \"Digest\" does not filter by the tenant"
}

// A let given the caller's row in a branch.
export async function reassignedInBranch(teamId: string, title: string, other: Digest, pick: boolean) {
  let created = (await db.digest.create({ data: { teamId, title } })) as Digest;
  if (pick) created = other;
  return db.digest.findUnique({ where: { id: created.id } }); // want "findUnique on tenant-scoped \"Digest\" does not filter by the tenant"
}

// Created in a block the read is not in: the name there is another.
export async function createdInOtherBlock(teamId: string, title: string, fresh: boolean) {
  if (fresh) {
    const created = (await db.digest.create({ data: { teamId, title } })) as Digest;
    void created;
  }
  const created = JSON.parse(title) as Digest;
  return db.digest.findUnique({ where: { id: created.id } }); // want "findUnique on tenant-scoped \"Digest\" does not filter by the tenant"
}

// Handed to a helper that may set its id.
function retarget(row: Digest, id: string) {
  row.id = id;
}
export async function handedOn(teamId: string, title: string, id: string) {
  const created = (await db.digest.create({ data: { teamId, title } })) as Digest;
  retarget(created, id);
  return db.digest.findUnique({ where: { id: created.id } }); // want "findUnique on tenant-scoped \"Digest\" does not filter by the tenant"
}

// Its id written with the caller's.
export async function idWritten(teamId: string, title: string, id: string) {
  const created = (await db.digest.create({ data: { teamId, title } }))!;
  created.id = id;
  return db.digest.findUnique({ where: { id: created.id } }); // want "findUnique on tenant-scoped \"Digest\" does not filter by the tenant"
}

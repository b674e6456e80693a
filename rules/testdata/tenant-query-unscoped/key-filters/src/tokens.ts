import { db } from "./db";

type Input = { workspaceId: string; name: string; authorIds: string[]; other: string[] };

// bklit's API tokens: every author named is checked against the
// workspace's authors, the function leaving when one is not among them.
export async function create(input: Input) {
  const workspace = await db.workspace.findFirst({ where: { id: input.workspaceId }, include: { authors: true } });
  if (!workspace) throw new Error("not found");
  const invalid = input.authorIds.filter((authorId) => !workspace.authors.some((a) => a.id === authorId));
  if (invalid.length > 0) throw new Error(`unknown authors ${invalid.join(", ")}`);
  return db.token.create({
    data: { id: input.name, workspaceId: input.workspaceId, grants: { create: input.authorIds.map((authorId) => ({ authorId })) } },
  });
}

// The same with every, against a Set of the ids found with the workspace.
export async function everyInSet(input: Input) {
  const found = await db.author.findMany({ where: { workspaceId: input.workspaceId } });
  const valid = new Set(found.map((a) => a.id));
  if (!input.authorIds.every((id) => valid.has(id))) return null;
  await db.author.updateMany({ where: { id: { in: input.authorIds } }, data: { isActive: true } });
  return db.token.create({
    data: { id: input.name, workspaceId: input.workspaceId, grants: { create: input.authorIds.map((authorId) => ({ authorId })) } },
  });
}

// Near misses: the filter keeps what it finds; another list is checked;
// the exit tests another list; the list grows after the check; the rows
// searched were found without the workspace; the check does not leave.
export async function keepsFound(input: Input) {
  const workspace = await db.workspace.findFirst({ where: { id: input.workspaceId }, include: { authors: true } });
  if (!workspace) throw new Error("not found");
  const invalid = input.authorIds.filter((authorId) => workspace.authors.some((a) => a.id === authorId));
  if (invalid.length > 0) throw new Error("unknown authors");
  return db.token.create({
    data: { id: input.name, workspaceId: input.workspaceId, grants: { create: input.authorIds.map((authorId) => ({ authorId })) } }, // want "create on \"Token\" links a \"Author\" by \"authorId\" alone"
  });
}

export async function otherList(input: Input) {
  const found = await db.author.findMany({ where: { workspaceId: input.workspaceId } });
  const valid = new Set(found.map((a) => a.id));
  const invalid = input.other.filter((id) => !valid.has(id));
  const missing = input.authorIds.filter((id) => !valid.has(id));
  if (invalid.length > 0 || missing === undefined) throw new Error("unknown authors");
  await db.author.updateMany({ where: { id: { in: input.authorIds } }, data: { isActive: true } }); // want "updateMany on tenant-scoped \"Author\" does not filter by the tenant"
}

export async function grownAfter(input: Input, extra: string) {
  const found = await db.author.findMany({ where: { workspaceId: input.workspaceId } });
  const valid = new Set(found.map((a) => a.id));
  if (!input.authorIds.every((id) => valid.has(id))) return null;
  input.authorIds.push(extra);
  return db.author.updateMany({ where: { id: { in: input.authorIds } }, data: { isActive: true } }); // want "updateMany on tenant-scoped \"Author\" does not filter by the tenant"
}

export async function emptiedBad(input: Input) {
  const found = await db.author.findMany({ where: { workspaceId: input.workspaceId } });
  const valid = new Set(found.map((a) => a.id));
  const invalid = input.authorIds.filter((id) => !valid.has(id));
  invalid.length = 0;
  if (invalid.length > 0) throw new Error("unknown authors");
  return db.author.updateMany({ where: { id: { in: input.authorIds } }, data: { isActive: true } }); // want "updateMany on tenant-scoped \"Author\" does not filter by the tenant"
}

export async function uncheckedRows(input: Input) {
  const workspace = await db.workspace.findFirst({ where: { id: input.workspaceId }, include: { authors: true } });
  const all = await db.author.findMany({ where: { isActive: true } }); // want "findMany on tenant-scoped \"Author\" does not filter by the tenant"
  if (!workspace) throw new Error("not found");
  if (!input.authorIds.every((id) => all.some((a) => a.id === id))) throw new Error("unknown");
  return db.author.updateMany({ where: { id: { in: input.authorIds } }, data: { isActive: true } }); // want "updateMany on tenant-scoped \"Author\" does not filter by the tenant"
}

export async function notLeaving(input: Input) {
  const found = await db.author.findMany({ where: { workspaceId: input.workspaceId } });
  const valid = new Set(found.map((a) => a.id));
  const invalid = input.authorIds.filter((id) => !valid.has(id));
  if (invalid.length > 0) console.warn("unknown authors");
  const ok = input.authorIds.every((id) => valid.has(id));
  console.log(ok);
  return db.author.updateMany({ where: { id: { in: input.authorIds } }, data: { isActive: true } }); // want "updateMany on tenant-scoped \"Author\" does not filter by the tenant"
}

// The check sits in a callback that may never run.
export async function inCallback(input: Input) {
  const found = await db.author.findMany({ where: { workspaceId: input.workspaceId } });
  const valid = new Set(found.map((a) => a.id));
  const check = () => {
    if (!input.authorIds.every((id) => valid.has(id))) throw new Error("unknown");
  };
  console.log(check);
  return db.author.updateMany({ where: { id: { in: input.authorIds } }, data: { isActive: true } }); // want "updateMany on tenant-scoped \"Author\" does not filter by the tenant"
}

// The exit tests a list of the same name bound again in its block, or by
// a loop; the list of the unknown is never tested.
export async function exitShadowed(input: Input) {
  const found = await db.author.findMany({ where: { workspaceId: input.workspaceId } });
  const valid = new Set(found.map((a) => a.id));
  const invalid = input.authorIds.filter((id) => !valid.has(id));
  console.log(invalid);
  {
    const invalid: string[] = [];
    if (invalid.length > 0) throw new Error("unknown authors");
    await db.author.updateMany({ where: { id: { in: input.authorIds } }, data: { isActive: true } }); // want "updateMany on tenant-scoped \"Author\" does not filter by the tenant"
  }
  for (const invalid of [[] as string[]]) {
    if (invalid.length > 0) throw new Error("unknown authors");
    await db.author.updateMany({ where: { id: { in: input.authorIds } }, data: { isActive: true } }); // want "updateMany on tenant-scoped \"Author\" does not filter by the tenant"
  }
}

// Its twin: the exit in an inner block tests the list the filter made.
export async function exitInBlock(input: Input, ok: boolean) {
  const found = await db.author.findMany({ where: { workspaceId: input.workspaceId } });
  const valid = new Set(found.map((a) => a.id));
  const invalid = input.authorIds.filter((id) => !valid.has(id));
  if (ok) {
    if (invalid.length > 0) throw new Error("unknown authors");
    await db.author.updateMany({ where: { id: { in: input.authorIds } }, data: { isActive: true } });
  }
}

// The checked list changed by writes its text does not spell as one:
// destructured into, through a cast, by &&=, as a loop's variable,
// deleted (an undefined `in` drops the filter), or through an alias.
export async function writtenAfter(input: Input, extra: string) {
  const found = await db.author.findMany({ where: { workspaceId: input.workspaceId } });
  const valid = new Set(found.map((a) => a.id));
  if (!input.authorIds.every((id) => valid.has(id))) return null;
  [input.authorIds[0]] = [extra];
  return db.author.updateMany({ where: { id: { in: input.authorIds } }, data: { isActive: true } }); // want "updateMany on tenant-scoped \"Author\" does not filter by the tenant"
}

export async function replacedAfter(input: Input) {
  const found = await db.author.findMany({ where: { workspaceId: input.workspaceId } });
  const valid = new Set(found.map((a) => a.id));
  const invalid = input.authorIds.filter((id) => !valid.has(id));
  if (invalid.length > 0) throw new Error("unknown authors");
  ({ other: input.authorIds } = input);
  return db.author.updateMany({ where: { id: { in: input.authorIds } }, data: { isActive: true } }); // want "updateMany on tenant-scoped \"Author\" does not filter by the tenant"
}

export async function rootReplaced(input: Input) {
  const found = await db.author.findMany({ where: { workspaceId: input.workspaceId } });
  const valid = new Set(found.map((a) => a.id));
  if (!input.authorIds.every((id) => valid.has(id))) return null;
  [input] = [{ ...input, authorIds: input.other }];
  return db.author.updateMany({ where: { id: { in: input.authorIds } }, data: { isActive: true } }); // want "updateMany on tenant-scoped \"Author\" does not filter by the tenant"
}

export async function castAssigned(input: Input) {
  const found = await db.author.findMany({ where: { workspaceId: input.workspaceId } });
  const valid = new Set(found.map((a) => a.id));
  if (!input.authorIds.every((id) => valid.has(id))) return null;
  (input as Input).authorIds = input.other;
  return db.author.updateMany({ where: { id: { in: input.authorIds } }, data: { isActive: true } }); // want "updateMany on tenant-scoped \"Author\" does not filter by the tenant"
}

export async function logicalAssigned(input: Input) {
  const found = await db.author.findMany({ where: { workspaceId: input.workspaceId } });
  const valid = new Set(found.map((a) => a.id));
  if (!input.authorIds.every((id) => valid.has(id))) return null;
  input.authorIds &&= input.other;
  return db.author.updateMany({ where: { id: { in: input.authorIds } }, data: { isActive: true } }); // want "updateMany on tenant-scoped \"Author\" does not filter by the tenant"
}

export async function loopVariable(input: Input) {
  const found = await db.author.findMany({ where: { workspaceId: input.workspaceId } });
  const valid = new Set(found.map((a) => a.id));
  if (!input.authorIds.every((id) => valid.has(id))) return null;
  for (input.authorIds of [input.other]) console.log(input.authorIds);
  return db.author.updateMany({ where: { id: { in: input.authorIds } }, data: { isActive: true } }); // want "updateMany on tenant-scoped \"Author\" does not filter by the tenant"
}

export async function deletedAfter(input: Input) {
  const found = await db.author.findMany({ where: { workspaceId: input.workspaceId } });
  const valid = new Set(found.map((a) => a.id));
  if (!input.authorIds.every((id) => valid.has(id))) return null;
  delete (input as Partial<Input>).authorIds;
  return db.author.updateMany({ where: { id: { in: input.authorIds } }, data: { isActive: true } }); // want "updateMany on tenant-scoped \"Author\" does not filter by the tenant"
}

export async function aliasDestructured(input: Input, extra: string) {
  const found = await db.author.findMany({ where: { workspaceId: input.workspaceId } });
  const valid = new Set(found.map((a) => a.id));
  const ids = input.authorIds;
  if (!input.authorIds.every((id) => valid.has(id))) return null;
  [ids[0]] = [extra];
  return db.author.updateMany({ where: { id: { in: input.authorIds } }, data: { isActive: true } }); // want "updateMany on tenant-scoped \"Author\" does not filter by the tenant"
}

// Their twin: destructuring that reads the list, or writes beside it,
// leaves it as checked.
export async function destructuredRead(input: Input, extra: string) {
  const found = await db.author.findMany({ where: { workspaceId: input.workspaceId } });
  const valid = new Set(found.map((a) => a.id));
  if (!input.authorIds.every((id) => valid.has(id))) return null;
  const [first] = input.authorIds;
  let second: string | undefined;
  [second, input.other[0]] = [input.authorIds[1], extra];
  for (const id of input.authorIds) console.log(id, first, second);
  delete (input as Partial<Input>).other;
  return db.author.updateMany({ where: { id: { in: input.authorIds } }, data: { isActive: true } });
}

// The input is stored where a function of the module reaches it, by a
// name or pushed into a list, and such a function runs after the check.
let current: Input | undefined;
const pending: Input[] = [];
function addToCurrent(extra: string) {
  current?.authorIds.push(extra);
  for (const p of pending) p.authorIds.push(extra);
}

export async function storedInModule(input: Input, extra: string) {
  current = input;
  const found = await db.author.findMany({ where: { workspaceId: input.workspaceId } });
  const valid = new Set(found.map((a) => a.id));
  if (!input.authorIds.every((id) => valid.has(id))) return null;
  addToCurrent(extra);
  return db.author.updateMany({ where: { id: { in: input.authorIds } }, data: { isActive: true } }); // want "updateMany on tenant-scoped \"Author\" does not filter by the tenant"
}

export async function pushedToModule(input: Input, extra: string) {
  pending.push(input);
  const found = await db.author.findMany({ where: { workspaceId: input.workspaceId } });
  const valid = new Set(found.map((a) => a.id));
  const invalid = input.authorIds.filter((id) => !valid.has(id));
  if (invalid.length > 0) throw new Error("unknown authors");
  addToCurrent(extra);
  return db.author.updateMany({ where: { id: { in: input.authorIds } }, data: { isActive: true } }); // want "updateMany on tenant-scoped \"Author\" does not filter by the tenant"
}

// Their twins: kept in the function's own list, or a name of a callback
// of the function, or stored with no function run after the check.
export async function storedLocally(input: Input, extra: string) {
  const batch: Input[] = [];
  batch.push(input);
  const found = await db.author.findMany({ where: { workspaceId: input.workspaceId } });
  const valid = new Set(found.map((a) => a.id));
  if (!input.authorIds.every((id) => valid.has(id))) return null;
  addToCurrent(extra);
  return db.author.updateMany({ where: { id: { in: input.authorIds } }, data: { isActive: batch.length > 0 } });
}

export async function aliasInCallback(input: Input, extra: string) {
  const found = await db.author.findMany({ where: { workspaceId: input.workspaceId } });
  const valid = new Set(found.map((a) => a.id));
  found.forEach(() => {
    const ids = input.authorIds;
    console.log(ids);
  });
  if (!input.authorIds.every((id) => valid.has(id))) return null;
  addToCurrent(extra);
  return db.author.updateMany({ where: { id: { in: input.authorIds } }, data: { isActive: true } });
}

export async function storedNoCall(input: Input) {
  current = input;
  const found = await db.author.findMany({ where: { workspaceId: input.workspaceId } });
  const valid = new Set(found.map((a) => a.id));
  if (!input.authorIds.every((id) => valid.has(id))) return null;
  console.log(String(input.authorIds.length));
  return db.author.updateMany({ where: { id: { in: input.authorIds } }, data: { isActive: true } });
}

// The list checked is a name for the input's list, which is grown, or
// handed on, after the check: the name's list grows with it.
declare function normalize(input: Input): void;
export async function grownThroughSource(input: Input, extra: string) {
  const found = await db.author.findMany({ where: { workspaceId: input.workspaceId } });
  const valid = new Set(found.map((a) => a.id));
  const ids = input.authorIds;
  if (!ids.every((id) => valid.has(id))) return null;
  input.authorIds.push(extra);
  return db.author.updateMany({ where: { id: { in: ids } }, data: { isActive: true } }); // want "updateMany on tenant-scoped \"Author\" does not filter by the tenant"
}

export async function sourceHandedOn(input: Input) {
  const found = await db.author.findMany({ where: { workspaceId: input.workspaceId } });
  const valid = new Set(found.map((a) => a.id));
  const ids = input.authorIds;
  const invalid = ids.filter((id) => !valid.has(id));
  if (invalid.length > 0) throw new Error("unknown authors");
  normalize(input);
  return db.author.updateMany({ where: { id: { in: ids } }, data: { isActive: true } }); // want "updateMany on tenant-scoped \"Author\" does not filter by the tenant"
}

export async function letFromSource(input: Input, extra: string) {
  const found = await db.author.findMany({ where: { workspaceId: input.workspaceId } });
  const valid = new Set(found.map((a) => a.id));
  let ids = input.authorIds;
  if (!ids.every((id) => valid.has(id))) return null;
  input.authorIds.push(extra);
  return db.author.updateMany({ where: { id: { in: ids } }, data: { isActive: true } }); // want "updateMany on tenant-scoped \"Author\" does not filter by the tenant"
}

export async function destructuredFromSource(input: Input, extra: string) {
  const found = await db.author.findMany({ where: { workspaceId: input.workspaceId } });
  const valid = new Set(found.map((a) => a.id));
  const { authorIds: ids } = input;
  if (!ids.every((id) => valid.has(id))) return null;
  input.authorIds.push(extra);
  return db.author.updateMany({ where: { id: { in: ids } }, data: { isActive: true } }); // want "updateMany on tenant-scoped \"Author\" does not filter by the tenant"
}

// Its twin: another list of the input changes.
export async function sourceSiblingGrown(input: Input, extra: string) {
  const found = await db.author.findMany({ where: { workspaceId: input.workspaceId } });
  const valid = new Set(found.map((a) => a.id));
  const ids = input.authorIds;
  if (!ids.every((id) => valid.has(id))) return null;
  input.other.push(extra);
  return db.author.updateMany({ where: { id: { in: ids } }, data: { isActive: true } });
}

import { db } from "./db";

type Body = { title: string; authors?: string[]; extra: string };

// marble's post routes: the authors given, kept only where the lookup
// with the workspace found them, or the workspace's first author; the
// first of them becomes the primary author.
export async function createPost(workspaceId: string, body: Body) {
  let authorIds: string[];
  if (body.authors && body.authors.length > 0) {
    const validAuthors = await db.author.findMany({ where: { id: { in: body.authors }, workspaceId }, select: { id: true } });
    const validAuthorIdSet = new Set(validAuthors.map((a) => a.id));
    authorIds = body.authors.filter((id) => validAuthorIdSet.has(id));
  } else {
    const firstAuthor = await db.author.findFirst({ where: { workspaceId, isActive: true }, select: { id: true } });
    if (!firstAuthor) throw new Error("no authors");
    authorIds = [firstAuthor.id];
  }
  const primaryAuthorId = authorIds[0];
  return db.post.create({ data: { id: body.title, workspaceId, primaryAuthorId, authors: { connect: authorIds.map((id) => ({ id })) } } });
}

// The same with consts, and an array's includes.
export async function filteredConst(workspaceId: string, body: Body) {
  const found = await db.author.findMany({ where: { id: { in: body.authors }, workspaceId }, select: { id: true } });
  const valid = found.map((a) => a.id);
  const authorIds = (body.authors ?? []).filter((id) => valid.includes(id));
  return db.post.create({ data: { id: body.title, workspaceId, primaryAuthorId: authorIds[0], authors: { connect: authorIds.map((id) => ({ id })) } } });
}

export async function literalConst(workspaceId: string, body: Body) {
  const first = await db.author.findFirst({ where: { workspaceId, isActive: true } });
  if (!first) return null;
  const authorIds = [first.id];
  const primaryAuthorId = authorIds[0];
  return db.post.create({ data: { id: body.title, workspaceId, primaryAuthorId, authors: { connect: authorIds.map((id) => ({ id })) } } });
}

// Near misses. The filter drops the workspace's authors, keeps what it
// is not given, or tests the set with another value or the parameter.
export async function negated(workspaceId: string, body: Body) {
  const found = await db.author.findMany({ where: { id: { in: body.authors }, workspaceId } });
  const valid = new Set(found.map((a) => a.id));
  const authorIds = (body.authors ?? []).filter((id) => !valid.has(id));
  return db.post.update({ where: { id: body.title, workspaceId }, data: { authors: { connect: authorIds.map((id) => ({ id })) } } }); // want "update on \"Post\" links a \"Author\" by \\{ id \\} alone"
}

export async function otherValue(workspaceId: string, body: Body) {
  const found = await db.author.findMany({ where: { id: { in: body.authors }, workspaceId } });
  const valid = new Set(found.map((a) => a.id));
  const authorIds = (body.authors ?? []).filter(() => valid.has(body.extra));
  return db.post.update({ where: { id: body.title, workspaceId }, data: { authors: { connect: authorIds.map((id) => ({ id })) } } }); // want "update on \"Post\" links a \"Author\" by \\{ id \\} alone"
}

export async function shadowed(workspaceId: string, body: Body, valid: Set<string>) {
  const found = await db.author.findMany({ where: { id: { in: body.authors }, workspaceId } });
  const ids = new Set(found.map((a) => a.id));
  const authorIds = (body.authors ?? []).filter((valid) => valid.includes(valid));
  const more = (body.authors ?? []).filter((id) => valid.has(id) && ids.size > 0);
  await db.post.update({ where: { id: body.title, workspaceId }, data: { authors: { connect: more.map((id) => ({ id })) } } }); // want "update on \"Post\" links a \"Author\" by \\{ id \\} alone"
  return db.post.update({ where: { id: body.title, workspaceId }, data: { authors: { connect: authorIds.map((id) => ({ id })) } } }); // want "update on \"Post\" links a \"Author\" by \\{ id \\} alone"
}

// The set holds keys nobody checked, or is given one before the filter.
export async function uncheckedSet(workspaceId: string, body: Body) {
  const found = await db.author.findMany({ where: { id: { in: body.authors } } }); // want "findMany on tenant-scoped \"Author\" does not filter by the tenant"
  const valid = new Set(found.map((a) => a.id));
  const authorIds = (body.authors ?? []).filter((id) => valid.has(id));
  return db.post.update({ where: { id: body.title, workspaceId }, data: { authors: { connect: authorIds.map((id) => ({ id })) } } }); // want "update on \"Post\" links a \"Author\" by \\{ id \\} alone"
}

export async function grownSet(workspaceId: string, body: Body) {
  const found = await db.author.findMany({ where: { id: { in: body.authors }, workspaceId } });
  const valid = new Set(found.map((a) => a.id));
  valid.add(body.extra);
  const authorIds = (body.authors ?? []).filter((id) => valid.has(id));
  return db.post.update({ where: { id: body.title, workspaceId }, data: { authors: { connect: authorIds.map((id) => ({ id })) } } }); // want "update on \"Post\" links a \"Author\" by \\{ id \\} alone"
}

// The filtered list is given another key after the filter.
export async function grownAfter(workspaceId: string, body: Body) {
  const found = await db.author.findMany({ where: { id: { in: body.authors }, workspaceId } });
  const valid = new Set(found.map((a) => a.id));
  const authorIds = (body.authors ?? []).filter((id) => valid.has(id));
  authorIds.push(body.extra);
  return db.post.update({ where: { id: body.title, workspaceId }, data: { authors: { connect: authorIds.map((id) => ({ id })) } } }); // want "update on \"Post\" links a \"Author\" by \\{ id \\} alone"
}

// A literal with a key nobody checked beside the proven one, or whose
// row was found without the workspace.
export async function literalMixed(workspaceId: string, body: Body) {
  const first = await db.author.findFirst({ where: { workspaceId, isActive: true } });
  if (!first) return null;
  const authorIds = [first.id, body.extra];
  return db.post.update({ where: { id: body.title, workspaceId }, data: { authors: { connect: authorIds.map((id) => ({ id })) } } }); // want "update on \"Post\" links a \"Author\" by \\{ id \\} alone"
}

export async function literalUnchecked(workspaceId: string, body: Body) {
  const first = await db.author.findFirst({ where: { isActive: true } }); // want "findFirst on tenant-scoped \"Author\" does not filter by the tenant"
  if (!first) return null;
  const authorIds = [first.id];
  return db.post.update({ where: { id: body.title, workspaceId }, data: { authors: { connect: authorIds.map((id) => ({ id })) } } }); // want "update on \"Post\" links a \"Author\" by \\{ id \\} alone"
}

// An element by a name, which may be "length"; or in a where a filter
// drops when the list is empty.
export async function byName(workspaceId: string, body: Body, i: string) {
  const found = await db.author.findMany({ where: { id: { in: body.authors }, workspaceId } });
  const authorIds = found.map((a) => a.id);
  const ids = authorIds as unknown as Record<string, string>;
  await db.post.create({ data: { id: body.title, workspaceId, primaryAuthorId: ids[i] } }); // want "create on \"Post\" links a \"Author\" by \"primaryAuthorId\" alone"
  const first = authorIds[0];
  await db.author.deleteMany({ where: { id: first } }); // want "deleteMany on tenant-scoped \"Author\" does not filter by the tenant"
  return db.author.update({ where: { id: first }, data: { isActive: false } });
}

// The element is read from the caller's list; where the call stands the
// name is a block's own list of proven keys.
export async function elementOfOuter(workspaceId: string, body: Body) {
  const first = await db.author.findFirst({ where: { workspaceId, isActive: true } });
  if (!first) return null;
  const authorIds = body.authors ?? [];
  const primaryAuthorId = authorIds[0];
  {
    const authorIds = [first.id];
    return db.post.create({ data: { id: body.title, workspaceId, primaryAuthorId, authors: { connect: authorIds.map((id) => ({ id })) } } }); // want "create on \"Post\" links a \"Author\" by \"primaryAuthorId\" alone"
  }
}

// The list is given a key in the call's own arguments, before its
// element is read.
export async function grownInCall(workspaceId: string, body: Body) {
  const first = await db.author.findFirst({ where: { workspaceId, isActive: true } });
  if (!first) return null;
  const authorIds = [first.id];
  return db.post.create({ data: { id: String(authorIds.unshift(body.extra)), workspaceId, primaryAuthorId: authorIds[0] } }); // want "create on \"Post\" links a \"Author\" by \"primaryAuthorId\" alone"
}

// Their twins: the element read inside the block, from the block's list;
// the list read in the call before its element.
export async function readInCall(workspaceId: string, body: Body) {
  const first = await db.author.findFirst({ where: { workspaceId, isActive: true } });
  if (!first) return null;
  const authorIds = [first.id];
  return db.post.create({ data: { id: `${body.title}-${authorIds.length}`, workspaceId, primaryAuthorId: authorIds[0] } });
}

export async function elementOfInner(workspaceId: string, body: Body) {
  const first = await db.author.findFirst({ where: { workspaceId, isActive: true } });
  if (!first) return null;
  const authorIds = body.authors ?? [];
  console.log(authorIds);
  {
    const authorIds = [first.id];
    const primaryAuthorId = authorIds[0];
    return db.post.create({ data: { id: body.title, workspaceId, primaryAuthorId, authors: { connect: authorIds.map((id) => ({ id })) } } });
  }
}

// An element past the end is undefined, and Prisma drops it: beside
// another unique key the lookup finds a row by that key, and a post
// filtered by its author, by key or through the relation, is then found
// by its own id.
export async function elementBesideUnique(workspaceId: string, body: Body) {
  const found = await db.author.findMany({ where: { id: { in: body.authors }, workspaceId } });
  const authorIds = found.map((a) => a.id);
  const first = authorIds[0];
  await db.author.update({ where: { id: first, email: body.extra }, data: { isActive: false } }); // want "update on tenant-scoped \"Author\" does not filter by the tenant"
  await db.post.delete({ where: { id: body.title, primaryAuthorId: authorIds[0] } }); // want "delete on tenant-scoped \"Post\" does not filter by the tenant"
  return db.post.delete({ where: { id: body.title, primaryAuthor: { id: authorIds[0] } } }); // want "delete on tenant-scoped \"Post\" does not filter by the tenant"
}

// Its twin: beside a field that selects no row by itself, the lookup
// fails without the element.
export async function elementBesideFilter(workspaceId: string, body: Body) {
  const found = await db.author.findMany({ where: { id: { in: body.authors }, workspaceId } });
  const authorIds = found.map((a) => a.id);
  return db.author.update({ where: { id: authorIds[0], isActive: true }, data: { isActive: false } });
}

declare const prisma: any;
declare function log(x: unknown): void;

// `key && await lookup`: when the key is falsy the name holds the key (0,
// NaN or ""), whose fields are undefined, so the test leaves as it does for
// a missing row. These are quiet, like the plain awaited lookup.
export async function deleteTag(guildId: string, rawId: string) {
  const tagId = Number(rawId);
  const original = tagId && await prisma.tag.findUnique({ where: { id: tagId } });
  if (!original || original.guildId !== guildId) return null;
  return prisma.tag.delete({ where: { id: tagId } });
}

export async function deleteTagPlain(guildId: string, rawId: string) {
  const tagId = Number(rawId);
  const original = await prisma.tag.findUnique({ where: { id: tagId } });
  if (!original || original.guildId !== guildId) return null;
  return prisma.tag.delete({ where: { id: tagId } });
}

// The route parameter itself as the key that gates the lookup.
export async function patchTag(req: any, data: any) {
  const guildId: string = req.params.guild;
  const tagId = Number(req.params.tag);
  const original = req.params.tag && await prisma.tag.findUnique({ where: { id: tagId } });
  if (!original || original.guildId !== guildId) throw new Error("Bad Request");
  return prisma.tag.update({ data, where: { id: tagId } });
}

// No `!original`: a falsy key gives undefined !== guildId, which leaves
// because guildId, a string, is never undefined.
export async function deleteTagMismatchOnly(guildId: string, rawId: string) {
  const tagId = Number(rawId);
  const original = tagId && await prisma.tag.findUnique({ where: { id: tagId } });
  if (original.guildId !== guildId) return null;
  return prisma.tag.delete({ where: { id: tagId } });
}

// A string parameter as the key.
export async function readTag(guildId: string, tagId: string) {
  const tag = tagId && await prisma.tag.findUnique({ where: { id: tagId } });
  if (tag?.guildId !== guildId) return null;
  return tag;
}

// Near misses, still reported.

// `||`: a truthy key is what the name holds, never the row.
export async function deleteTagOr(guildId: string, rawId: string) {
  const tagId = Number(rawId);
  const original = tagId || await prisma.tag.findUnique({ where: { id: tagId } }); // want "findUnique on tenant-scoped \"Tag\" does not filter by the tenant"
  if (!original || original.guildId !== guildId) return null;
  return prisma.tag.delete({ where: { id: tagId } }); // want "delete on tenant-scoped \"Tag\" does not filter by the tenant"
}

// `??`: a number is never nullish, so the name is the key.
export async function deleteTagNullish(guildId: string, rawId: string) {
  const tagId = Number(rawId);
  const original = tagId ?? await prisma.tag.findUnique({ where: { id: tagId } }); // want "findUnique on tenant-scoped \"Tag\" does not filter by the tenant"
  if (!original || original.guildId !== guildId) return null;
  return prisma.tag.delete({ where: { id: tagId } }); // want "delete on tenant-scoped \"Tag\" does not filter by the tenant"
}

// An object on the left may be a row of another guild, which passes the test.
export async function deleteTagAfterRow(guildId: string, tagId: number, other: any) {
  const original = other && await prisma.tag.findUnique({ where: { id: tagId } }); // want "findUnique on tenant-scoped \"Tag\" does not filter by the tenant"
  if (!original || original.guildId !== guildId) return null;
  return prisma.tag.delete({ where: { id: tagId } }); // want "delete on tenant-scoped \"Tag\" does not filter by the tenant"
}

// More after the lookup: a falsy key gives `fallback`, which may be any row.
export async function deleteTagFallback(guildId: string, rawId: string, fallback: any) {
  const tagId = Number(rawId);
  const original = tagId && await prisma.tag.findUnique({ where: { id: tagId } }) || fallback; // want "findUnique on tenant-scoped \"Tag\" does not filter by the tenant"
  if (!original || original.guildId !== guildId) return null;
  return prisma.tag.delete({ where: { id: tagId } }); // want "delete on tenant-scoped \"Tag\" does not filter by the tenant"
}

// A tenant value that may be undefined: key 0 skips the lookup, 0.guildId is
// undefined and equals it, and the delete runs on tag 0, any guild's.
export async function deleteTagMaybeGuild(guildId: string | undefined, rawId: string) {
  const tagId = Number(rawId);
  const original = tagId && await prisma.tag.findUnique({ where: { id: tagId } }); // want "findUnique on tenant-scoped \"Tag\" does not filter by the tenant"
  if (original.guildId !== guildId) return null;
  return prisma.tag.delete({ where: { id: tagId } }); // want "delete on tenant-scoped \"Tag\" does not filter by the tenant"
}

// A test that lets a falsy name through: key 0 skips the lookup and reaches
// the delete of tag 0, any guild's.
export async function deleteTagIfFound(guildId: string, rawId: string) {
  const tagId = Number(rawId);
  const original = tagId && await prisma.tag.findUnique({ where: { id: tagId } }); // want "findUnique on tenant-scoped \"Tag\" does not filter by the tenant"
  if (original && original.guildId !== guildId) return null;
  return prisma.tag.delete({ where: { id: tagId } }); // want "delete on tenant-scoped \"Tag\" does not filter by the tenant"
}

// The name read before its test: a falsy key makes `original.id` undefined.
export async function deleteTagReadFirst(guildId: string, rawId: string) {
  const tagId = Number(rawId);
  const original = tagId && await prisma.tag.findUnique({ where: { id: tagId } }); // want "findUnique on tenant-scoped \"Tag\" does not filter by the tenant"
  await prisma.tag.deleteMany({ where: { id: original.id } }); // want "deleteMany on tenant-scoped \"Tag\" does not filter by the tenant"
  if (!original || original.guildId !== guildId) return null;
  return original;
}

// Red team.

// The write before the test: key 0 skips the lookup and deletes tag 0.
export async function deleteTagBeforeTest(guildId: string, rawId: string) {
  const tagId = Number(rawId);
  const original = tagId && await prisma.tag.findUnique({ where: { id: tagId } });
  await prisma.tag.delete({ where: { id: tagId } }); // want "delete on tenant-scoped \"Tag\" does not filter by the tenant"
  if (!original || original.guildId !== guildId) return null;
  return original;
}

// A query parameter may be missing: undefined equals 0's guildId.
export async function deleteTagQueryGuild(req: any) {
  const guildId = req.query.guild;
  const tagId = Number(req.params.tag);
  const original = tagId && await prisma.tag.findUnique({ where: { id: tagId } }); // want "findUnique on tenant-scoped \"Tag\" does not filter by the tenant"
  if (original.guildId !== guildId) return null;
  return prisma.tag.delete({ where: { id: tagId } }); // want "delete on tenant-scoped \"Tag\" does not filter by the tenant"
}

// An optional link in the value compared with may give undefined.
export async function deleteTagCachedGuild(guild: any, rawId: string) {
  const tagId = Number(rawId);
  const original = tagId && await prisma.tag.findUnique({ where: { id: tagId } }); // want "findUnique on tenant-scoped \"Tag\" does not filter by the tenant"
  if (original.guildId !== guild?.id) return null;
  return prisma.tag.delete({ where: { id: tagId } }); // want "delete on tenant-scoped \"Tag\" does not filter by the tenant"
}

// `&&` in the test lets a falsy name through.
export async function deleteTagAndTest(guildId: string, rawId: string) {
  const tagId = Number(rawId);
  const original = tagId && await prisma.tag.findUnique({ where: { id: tagId } }); // want "findUnique on tenant-scoped \"Tag\" does not filter by the tenant"
  if (!original && tagId > 0) return null;
  return prisma.tag.delete({ where: { id: tagId } }); // want "delete on tenant-scoped \"Tag\" does not filter by the tenant"
}

// The name handed on, as a shorthand entry, before its test.
export async function deleteTagLoggedFirst(guildId: string, rawId: string) {
  const tagId = Number(rawId);
  const original = tagId && await prisma.tag.findUnique({ where: { id: tagId } }); // want "findUnique on tenant-scoped \"Tag\" does not filter by the tenant"
  log({ original });
  if (!original || original.guildId !== guildId) return null;
  return prisma.tag.delete({ where: { id: tagId } }); // want "delete on tenant-scoped \"Tag\" does not filter by the tenant"
}

// A let may be given another value before the write.
export async function deleteTagLet(guildId: string, rawId: string) {
  let tagId = Number(rawId);
  const original = tagId && await prisma.tag.findUnique({ where: { id: tagId } }); // want "findUnique on tenant-scoped \"Tag\" does not filter by the tenant"
  if (!original || original.guildId !== guildId) return null;
  return prisma.tag.delete({ where: { id: tagId } }); // want "delete on tenant-scoped \"Tag\" does not filter by the tenant"
}

// The test that does not leave: a log.
export async function deleteTagLogOnly(guildId: string, rawId: string) {
  const tagId = Number(rawId);
  const original = tagId && await prisma.tag.findUnique({ where: { id: tagId } }); // want "findUnique on tenant-scoped \"Tag\" does not filter by the tenant"
  if (!original || original.guildId !== guildId) log("mismatch");
  return prisma.tag.delete({ where: { id: tagId } }); // want "delete on tenant-scoped \"Tag\" does not filter by the tenant"
}

// A string's length is set even on "": no test of a field.
export async function deleteTagLength(guildId: string, tagId: string) {
  const original = tagId && await prisma.tag.findUnique({ where: { id: tagId } }); // want "findUnique on tenant-scoped \"Tag\" does not filter by the tenant"
  if (original.length !== 0) return null;
  return prisma.tag.delete({ where: { id: tagId } }); // want "delete on tenant-scoped \"Tag\" does not filter by the tenant"
}

// Test and write inside a try whose catch goes on: only the block's own
// statements are judged.
export async function deleteTagTried(guildId: string, rawId: string) {
  const tagId = Number(rawId);
  const original = tagId && await prisma.tag.findUnique({ where: { id: tagId } }); // want "findUnique on tenant-scoped \"Tag\" does not filter by the tenant"
  try {
    if (!original || original.guildId !== guildId) return null;
  } catch {}
  return prisma.tag.delete({ where: { id: tagId } }); // want "delete on tenant-scoped \"Tag\" does not filter by the tenant"
}

// Assigned, not declared: the name may be given again.
export async function deleteTagAssigned(guildId: string, rawId: string) {
  const tagId = Number(rawId);
  let original;
  original = tagId && await prisma.tag.findUnique({ where: { id: tagId } }); // want "findUnique on tenant-scoped \"Tag\" does not filter by the tenant"
  if (!original || original.guildId !== guildId) return null;
  return prisma.tag.delete({ where: { id: tagId } }); // want "delete on tenant-scoped \"Tag\" does not filter by the tenant"
}

// A parameter with no type may be anything; and the test compares with one.
export async function deleteTagUntyped(guildId, tagId) {
  const original = tagId && await prisma.tag.findUnique({ where: { id: tagId } }); // want "findUnique on tenant-scoped \"Tag\" does not filter by the tenant"
  if (original.guildId !== guildId) return null;
  return prisma.tag.delete({ where: { id: tagId } }); // want "delete on tenant-scoped \"Tag\" does not filter by the tenant"
}

// A second declarator reads the name before the test.
export async function deleteTagTwoDeclarators(guildId: string, rawId: string) {
  const tagId = Number(rawId);
  const original = tagId && await prisma.tag.findUnique({ where: { id: tagId } }), copy = original; // want "findUnique on tenant-scoped \"Tag\" does not filter by the tenant"
  if (!original || original.guildId !== guildId) return copy;
  return prisma.tag.delete({ where: { id: tagId } }); // want "delete on tenant-scoped \"Tag\" does not filter by the tenant"
}

// In a loop, the test's continue leaves the iteration: quiet.
export async function deleteTags(guildId: string, rawIds: string[]) {
  for (const rawId of rawIds) {
    const tagId = Number(rawId);
    const original = tagId && await prisma.tag.findUnique({ where: { id: tagId } });
    if (!original || original.guildId !== guildId) continue;
    await prisma.tag.delete({ where: { id: tagId } });
  }
}

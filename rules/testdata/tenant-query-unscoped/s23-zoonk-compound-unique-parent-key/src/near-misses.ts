import { PrismaClient } from "@prisma/client";
const prisma = new PrismaClient();

// The parent looked up without the tenant proves nothing.
export async function unprovenParent(id: string, userLanguage: string) {
  const w = await prisma.word.findFirstOrThrow({ where: { id } }); // want "findFirstOrThrow on tenant-scoped \"Word\" does not filter"
  await prisma.wordPronunciation.findUnique({ where: { wordPronunciation: { wordId: w.id, userLanguage } } }); // want "findUnique on tenant-scoped \"WordPronunciation\" does not filter"
  await prisma.wordNote.delete({ where: { wordId_lang: { wordId: w.id, lang: userLanguage } } }); // want "delete on tenant-scoped \"WordNote\" does not filter"
}

// The proven key under the wrong member: wordId is the caller's.
export async function wrongMember(organizationId: string, id: string, otherWordId: string) {
  const w = await prisma.word.findFirstOrThrow({ where: { id, organizationId } });
  await prisma.wordPronunciation.delete({ where: { wordPronunciation: { userLanguage: w.id, wordId: otherWordId } } }); // want "delete on tenant-scoped \"WordPronunciation\" does not filter"
}

// A proven sentence's id is no word's key.
export async function otherParent(organizationId: string, id: string, otherWordId: string) {
  const s = await prisma.sentence.findFirstOrThrow({ where: { id, organizationId } });
  await prisma.wordPronunciation.delete({ where: { wordPronunciation: { wordId: s.id, userLanguage: "en" } } }); // want "delete on tenant-scoped \"WordPronunciation\" does not filter"
  // The pair's proven member is the sentence; the word is the caller's.
  await prisma.wordPair.delete({ where: { pair: { wordId: otherWordId, sentenceId: s.id } } });
}

// Whatever may replace the proven member: a spread after it, the same
// member written again, a computed key.
export async function replacedMember(organizationId: string, id: string, extra: { wordId?: string }, otherWordId: string, k: string) {
  const w = await prisma.word.findFirstOrThrow({ where: { id, organizationId } });
  await prisma.wordPronunciation.delete({ where: { wordPronunciation: { wordId: w.id, userLanguage: "en", ...extra } } }); // want "delete on tenant-scoped \"WordPronunciation\" does not filter"
  await prisma.wordPronunciation.delete({ where: { wordPronunciation: { wordId: w.id, userLanguage: "en", wordId: otherWordId } } }); // want "delete on tenant-scoped \"WordPronunciation\" does not filter"
  await prisma.wordPronunciation.delete({ where: { wordPronunciation: { wordId: w.id, userLanguage: "en", [k]: otherWordId } } }); // want "delete on tenant-scoped \"WordPronunciation\" does not filter"
  await prisma.wordNote.delete({ where: { wordId_lang: { wordId: w.id, lang: "en", ...extra } } }); // want "delete on tenant-scoped \"WordNote\" does not filter"
  // A later entry of the where replacing the whole key.
  await prisma.wordPronunciation.delete({ where: { wordPronunciation: { wordId: w.id, userLanguage: "en" }, ...extra } }); // want "tenant-scoped \"WordPronunciation\""
}

// Not the key the schema lists: a member missing, one too many, a name
// the schema does not give it (the default name of a named key), a name
// of no key.
export async function notTheKey(organizationId: string, id: string, otherId: string) {
  const w = await prisma.word.findFirstOrThrow({ where: { id, organizationId } });
  await prisma.wordPronunciation.delete({ where: { wordPronunciation: { wordId: w.id } } }); // want "delete on tenant-scoped \"WordPronunciation\" does not filter"
  await prisma.wordPronunciation.delete({ where: { wordPronunciation: { wordId: w.id, userLanguage: "en", id: otherId } } }); // want "delete on tenant-scoped \"WordPronunciation\" does not filter"
  await prisma.wordPronunciation.delete({ where: { wordId_userLanguage: { wordId: w.id, userLanguage: "en" } } }); // want "delete on tenant-scoped \"WordPronunciation\" does not filter"
  await prisma.wordPronunciation.delete({ where: { byWord: { wordId: w.id, userLanguage: "en" } } }); // want "delete on tenant-scoped \"WordPronunciation\" does not filter"
}

// The key itself, or the proven member, may be absent.
export async function mayBeAbsent(organizationId: string, id: string, cond: boolean, otherId: string) {
  const w = await prisma.word.findFirstOrThrow({ where: { id, organizationId } });
  await prisma.wordPronunciation.delete({ where: { id: otherId, wordPronunciation: cond ? { wordId: w.id, userLanguage: "en" } : undefined } }); // want "delete on tenant-scoped \"WordPronunciation\" does not filter"
  const maybe = await prisma.word.findFirst({ where: { id, organizationId } });
  await prisma.wordPronunciation.delete({ where: { id: otherId, wordPronunciation: { wordId: maybe?.id, userLanguage: "en" } } }); // want "delete on tenant-scoped \"WordPronunciation\""
}

// The parent row rebound, or the const key changed, after the lookup.
export async function rebound(organizationId: string, id: string, otherId: string) {
  let w = await prisma.word.findFirstOrThrow({ where: { id, organizationId } });
  w = await prisma.word.findFirstOrThrow({ where: { id: otherId } }); // want "findFirstOrThrow on tenant-scoped \"Word\" does not filter"
  await prisma.wordPronunciation.delete({ where: { wordPronunciation: { wordId: w.id, userLanguage: "en" } } }); // want "delete on tenant-scoped \"WordPronunciation\" does not filter"
  const v = await prisma.word.findFirstOrThrow({ where: { id, organizationId } });
  const key = { wordId: v.id, userLanguage: "en" };
  key.wordId = otherId;
  await prisma.wordPronunciation.delete({ where: { wordPronunciation: key } }); // want "delete on tenant-scoped \"WordPronunciation\""
}

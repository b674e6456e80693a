import { PrismaClient } from "@prisma/client";
const prisma = new PrismaClient();

// A key the function may change before the call: a let, a copy onto it.
export async function keyChanged(organizationId: string, id: string, otherId: string, extra: object) {
  const w = await prisma.word.findFirstOrThrow({ where: { id, organizationId } });
  let key = { wordId: w.id, userLanguage: "en" };
  if (extra) key = { wordId: otherId, userLanguage: "en" };
  await prisma.wordPronunciation.delete({ where: { wordPronunciation: key } }); // want "delete on tenant-scoped \"WordPronunciation\""
  const copied = { wordId: w.id, userLanguage: "en" };
  Object.assign(copied, extra);
  await prisma.wordPronunciation.delete({ where: { wordPronunciation: copied } }); // want "delete on tenant-scoped \"WordPronunciation\""
}

// The proven row's name bound again nearer the call.
export async function shadowed(organizationId: string, id: string, otherId: string) {
  const w = await prisma.word.findFirstOrThrow({ where: { id, organizationId } });
  {
    const w = { id: otherId };
    await prisma.wordPronunciation.delete({ where: { wordPronunciation: { wordId: w.id, userLanguage: "en" } } }); // want "delete on tenant-scoped \"WordPronunciation\" does not filter"
  }
  return w;
}

// The key in one OR branch only, and the key given twice in the where.
export async function widened(organizationId: string, id: string, otherId: string) {
  const w = await prisma.word.findFirstOrThrow({ where: { id, organizationId } });
  await prisma.wordPronunciation.findFirst({ where: { OR: [{ wordPronunciation: { wordId: w.id, userLanguage: "en" } }, { id: otherId }] } }); // want "findFirst on tenant-scoped \"WordPronunciation\""
  await prisma.wordPronunciation.delete({ where: { wordPronunciation: { wordId: w.id, userLanguage: "en" }, wordPronunciation: { wordId: otherId, userLanguage: "en" } } }); // want "delete on tenant-scoped \"WordPronunciation\""
  // The proven member under an escaped key is still the member.
  await prisma.wordPronunciation.delete({ where: { wordPronunciation: { "word\u0049d": w.id, userLanguage: "en" } } });
}

// A key whose member is a computed value, not the proven row's id.
export async function computed(organizationId: string, id: string, otherId: string) {
  const w = await prisma.word.findFirstOrThrow({ where: { id, organizationId } });
  await prisma.wordPronunciation.delete({ where: { wordPronunciation: { wordId: [w.id, otherId][1], userLanguage: "en" } } }); // want "delete on tenant-scoped \"WordPronunciation\" does not filter"
  await prisma.wordPronunciation.delete({ where: { wordPronunciation: { wordId: w.id || otherId, userLanguage: "en" } } }); // want "delete on tenant-scoped \"WordPronunciation\""
}

// A lookup after the call proves nothing.
export async function provenAfter(organizationId: string, id: string, w: { id: string }) {
  await prisma.wordPronunciation.delete({ where: { wordPronunciation: { wordId: w.id, userLanguage: "en" } } }); // want "delete on tenant-scoped \"WordPronunciation\" does not filter"
  const found = await prisma.word.findFirstOrThrow({ where: { id, organizationId } });
  return found;
}

// A later spread of the where that names the key again.
export async function replacedBySpread(organizationId: string, id: string, otherId: string) {
  const w = await prisma.word.findFirstOrThrow({ where: { id, organizationId } });
  await prisma.wordPronunciation.delete({ where: { wordPronunciation: { wordId: w.id, userLanguage: "en" }, ...{ wordPronunciation: { wordId: otherId, userLanguage: "en" } } } }); // want "delete on tenant-scoped \"WordPronunciation\""
}

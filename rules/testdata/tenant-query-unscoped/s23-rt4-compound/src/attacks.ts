import { PrismaClient } from "@prisma/client";
const prisma = new PrismaClient();

// A global parent's key is no tenant's: the tag under it and the name may
// be another organization's.
export async function globalParent(code: string, name: string) {
  const lang = await prisma.language.findUniqueOrThrow({ where: { code } });
  await prisma.langTag.delete({ where: { langName: { languageId: lang.id, name } } }); // want "delete on tenant-scoped \"LangTag\" does not filter by the tenant"
  await prisma.langTag.deleteMany({ where: { languageId: lang.id, name } }); // want "deleteMany on tenant-scoped \"LangTag\" does not filter by the tenant"
}

// A proven sentence's id given as the word's member of a pair.
export async function otherModelsId(organizationId: string, id: string, other: string) {
  const s = await prisma.sentence.findFirstOrThrow({ where: { id, organizationId } });
  await prisma.wordPair.delete({ where: { pair: { wordId: s.id, sentenceId: other } } }); // want "delete on tenant-scoped \"WordPair\" does not filter by the tenant"
}

// The proven word's key given to the other member.
export async function swappedMembers(organizationId: string, id: string, other: string) {
  const w = await prisma.word.findFirstOrThrow({ where: { id, organizationId } });
  await prisma.wordPair.delete({ where: { pair: { wordId: other, sentenceId: w.id } } }); // want "delete on tenant-scoped \"WordPair\" does not filter by the tenant"
}

// The key object changed after it was built.
export async function keyChanged(organizationId: string, id: string, userLanguage: string, other: string) {
  const w = await prisma.word.findFirstOrThrow({ where: { id, organizationId } });
  const key = { wordId: w.id, userLanguage };
  key.wordId = other;
  await prisma.wordPronunciation.delete({ where: { wordPronunciation: key } }); // want "delete on tenant-scoped \"WordPronunciation\" does not filter by the tenant"
}

// The key object handed to a helper first.
declare function touch(k: object): void;
export async function keyHanded(organizationId: string, id: string, userLanguage: string) {
  const w = await prisma.word.findFirstOrThrow({ where: { id, organizationId } });
  const key = { wordId: w.id, userLanguage };
  touch(key);
  await prisma.wordPronunciation.delete({ where: { wordPronunciation: key } }); // want "delete on tenant-scoped \"WordPronunciation\" does not filter by the tenant"
}

// Twin: the proven word's key in its own member stays quiet.
export async function proven(organizationId: string, id: string, userLanguage: string) {
  const w = await prisma.word.findFirstOrThrow({ where: { id, organizationId } });
  await prisma.wordPronunciation.delete({ where: { wordPronunciation: { wordId: w.id, userLanguage } } });
}

import { PrismaClient } from "@prisma/client";
const prisma = new PrismaClient();

// zoonk's upsertWordWithPronunciation: the Word upsert pins the tenant in
// its where and its create, so record.id is the tenant's word whichever
// branch runs; a compound key holding it names a child of that word, as
// the same key written flat does.
export async function saveWord(organizationId: string, word: string, userLanguage: string, pronunciation: string) {
  const record = await prisma.word.upsert({
    create: { organizationId, word },
    update: {},
    where: { orgWord: { organizationId, word } },
  });
  await prisma.wordPronunciation.upsert({
    create: { pronunciation, userLanguage, wordId: record.id },
    update: { pronunciation },
    where: { wordPronunciation: { userLanguage, wordId: record.id } },
  });
  await prisma.wordPronunciation.findFirst({ where: { userLanguage, wordId: record.id } });
}

// After a lookup pinning the tenant, a read and a delete by the compound
// key, named or under its default name, and one read through a const key.
export async function byCompoundKey(organizationId: string, id: string, userLanguage: string, lang: string) {
  const w = await prisma.word.findFirstOrThrow({ where: { id, organizationId } });
  await prisma.wordPronunciation.findUnique({ where: { wordPronunciation: { wordId: w.id, userLanguage } } });
  await prisma.wordPronunciation.delete({ where: { wordPronunciation: { userLanguage, wordId: w.id } } });
  await prisma.wordNote.findUnique({ where: { wordId_lang: { wordId: w.id, lang } } });
  const key = { wordId: w.id, userLanguage };
  await prisma.wordPronunciation.findUnique({ where: { wordPronunciation: key } });
  // Another entry beside the key only narrows it.
  await prisma.wordPronunciation.findUnique({ where: { wordPronunciation: { wordId: w.id, userLanguage }, pronunciation: "x" } });
  // A pair of two parents, one of them proven, is under the proven word.
  await prisma.wordPair.delete({ where: { pair: { wordId: w.id, sentenceId: id } } });
}

// A compound id under its default name, and a key in quotes.
export async function compoundId(organizationId: string, id: string, tag: string) {
  const w = await prisma.word.findFirstOrThrow({ where: { id, organizationId } });
  await prisma.wordTag.delete({ where: { wordId_tag: { wordId: w.id, tag } } });
  await prisma.wordTag.delete({ where: { "wordId_tag": { "wordId": w.id, tag } as const } });
}

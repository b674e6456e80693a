declare const prisma: any;

// A field named for a credential, as its last word or a hashed or secret
// key, is how the caller's tenant is found.
export async function byCredential(sessionToken: string, secretKey: string, feedTokenId: string) {
  await prisma.apiKey.findFirst({ where: { sessionToken } });
  await prisma.apiKey.findFirst({ where: { secretKey } });
  await prisma.apiKey.findFirst({ where: { feedTokenId } });
}

// A name that only contains such a word is a count, a tag or a setting:
// an equality on it reads and writes every tenant's rows.
export async function byLookalike(tag: string) {
  await prisma.apiKey.findMany({ where: { tokenCount: 0 } }); // want "findMany on tenant-scoped \"ApiKey\" does not filter"
  await prisma.apiKey.deleteMany({ where: { inputTokens: 0 } }); // want "deleteMany on tenant-scoped \"ApiKey\" does not filter"
  await prisma.apiKey.findMany({ where: { hashtag: tag } }); // want "findMany on tenant-scoped \"ApiKey\" does not filter"
  await prisma.apiKey.updateMany({ where: { tokenizerId: "cl100k" }, data: {} }); // want "updateMany on tenant-scoped \"ApiKey\" does not filter"
}

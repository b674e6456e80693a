declare const prisma: any;

// A field named for a credential, as its last word or a hashed or secret
// key, is how the caller's tenant is found.
export async function byCredential(sessionToken: string, secretKey: string, feedTokenId: string, tokenLookup: string) {
  await prisma.apiKey.findFirst({ where: { sessionToken } });
  await prisma.apiKey.findFirst({ where: { tokenLookup } });
  await prisma.apiKey.findFirst({ where: { keyDigest: tokenLookup } });
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
  await prisma.apiKey.findMany({ where: { lookupTable: tag } }); // want "findMany on tenant-scoped \"ApiKey\" does not filter"
  await prisma.apiKey.findMany({ where: { digestMode: tag } }); // want "findMany on tenant-scoped \"ApiKey\" does not filter"
}

// A credential column compared with null or a constant finds the rows of
// every tenant that lack one or share it: no caller presents it.
export async function byConstant(prefix: string) {
  await prisma.apiKey.findMany({ where: { tokenLookup: null, name: prefix } }); // want "findMany on tenant-scoped \"ApiKey\" does not filter"
  await prisma.apiKey.findFirst({ where: { sessionToken: { equals: null } } }); // want "findFirst on tenant-scoped \"ApiKey\" does not filter"
  await prisma.apiKey.updateMany({ where: { secretKey: "default" }, data: {} }); // want "updateMany on tenant-scoped \"ApiKey\" does not filter"
}

// An authorization code's bare code is the credential it is found by,
// whatever else is null beside it; a promotion's code is not.
export async function byCode(body: { code: string }) {
  await prisma.authorizationCode.findFirst({ where: { code: body.code, personalAccessTokenId: null } });
  await prisma.promoCode.findFirst({ where: { code: body.code } }); // want "findFirst on tenant-scoped \"PromoCode\" does not filter"
  await prisma.authorizationCode.findFirst({ where: { personalAccessTokenId: null } }); // want "findFirst on tenant-scoped \"AuthorizationCode\" does not filter"
}

// A token that may be null is presented once the function has left
// without it (usertour's OAuth revocation); not before, nor when the
// constant it may be is one a caller can match ("").
declare function fingerprintOf(t: string): string;
export async function revoke(token?: string) {
  const fingerprint = token ? fingerprintOf(token) : null;
  if (!fingerprint) return null;
  return prisma.apiKey.findFirst({ where: { inviteToken: fingerprint } });
}

export async function revokeUnchecked(token?: string) {
  const fingerprint = token ? fingerprintOf(token) : null;
  return prisma.apiKey.findFirst({ where: { inviteToken: fingerprint } }); // want "findFirst on tenant-scoped \"ApiKey\" does not filter"
}

export async function revokeEmpty(token?: string) {
  const fingerprint = token ? fingerprintOf(token) : "";
  if (fingerprint == null) return null;
  return prisma.apiKey.findFirst({ where: { inviteToken: fingerprint } }); // want "findFirst on tenant-scoped \"ApiKey\" does not filter"
}

declare const prisma: any;

// The token endpoint finds the authorization by the code it issued to the
// client: an OAuth authorization code is a credential, the way an access
// token is, and whoever presents it is who the tenant authorized.
export async function exchange(encryptedCode: string, encryptedToken: string) {
  await prisma.authorization.findFirst({ where: { authorizationCode: encryptedCode, revokedAt: null } });
  await prisma.authorization.findUnique({ where: { authorizationCode: encryptedCode } });
  await prisma.authorization.findFirst({ where: { authCode: encryptedCode } });
  await prisma.authorization.findFirst({ where: { authorizationCode: { equals: encryptedCode } } });
  return prisma.authorization.findFirst({ where: { accessToken: encryptedToken } });
}

// Any other code, or the word code only in part, names a value many rows
// may share: an equality on it reads every tenant's rows.
export async function notTheCode(code: string, kind: string) {
  await prisma.authorization.findFirst({ where: { code } }); // want "findFirst on tenant-scoped \"Authorization\" does not filter"
  await prisma.authorization.findFirst({ where: { promoCode: code } }); // want "findFirst on tenant-scoped \"Authorization\" does not filter"
  await prisma.authorization.findMany({ where: { countryCode: code } }); // want "findMany on tenant-scoped \"Authorization\" does not filter"
  await prisma.authorization.findMany({ where: { authorizationKind: kind } }); // want "findMany on tenant-scoped \"Authorization\" does not filter"
  await prisma.authorization.findMany({ where: { codeAuthorization: code } }); // want "findMany on tenant-scoped \"Authorization\" does not filter"
  // Not an equality: every code but one is every tenant's.
  return prisma.authorization.findMany({ where: { authorizationCode: { not: code } } }); // want "findMany on tenant-scoped \"Authorization\" does not filter"
}

declare const prisma: any;

// A credential compared with a constant held in a const, or with a value
// that falls back to null or a constant, finds every tenant's rows that
// lack one or share it.

const PUBLIC_KEY = "public";

export async function moduleConstant() {
  return prisma.apiKey.findMany({ where: { secretKey: PUBLIC_KEY } }); // want "findMany on tenant-scoped \"ApiKey\" does not filter"
}

export async function localConstant() {
  const fallback = "default";
  return prisma.apiKey.updateMany({ where: { secretKey: fallback }, data: {} }); // want "updateMany on tenant-scoped \"ApiKey\" does not filter"
}

export async function maybeNull(cookie?: string) {
  return prisma.apiKey.findFirst({ where: { inviteToken: cookie ?? null } }); // want "findFirst on tenant-scoped \"ApiKey\" does not filter"
}

export async function maybeNullOr(cookie: string | undefined) {
  return prisma.apiKey.findFirst({ where: { inviteToken: cookie || null } }); // want "findFirst on tenant-scoped \"ApiKey\" does not filter"
}

export async function equalsNullish(cookie?: string) {
  return prisma.apiKey.findFirst({ where: { inviteToken: { equals: cookie ?? null } } }); // want "findFirst on tenant-scoped \"ApiKey\" does not filter"
}

export async function ternaryNull(cookie?: string) {
  return prisma.apiKey.findFirst({ where: { inviteToken: cookie ? cookie : null } }); // want "findFirst on tenant-scoped \"ApiKey\" does not filter"
}

export async function castConstant() {
  return prisma.apiKey.findMany({ where: { secretKey: "default" as string } }); // want "findMany on tenant-scoped \"ApiKey\" does not filter"
}

export async function parenNull() {
  return prisma.apiKey.findMany({ where: { inviteToken: (null) } }); // want "findMany on tenant-scoped \"ApiKey\" does not filter"
}

export async function notInSet(t: string) {
  return prisma.apiKey.findMany({ where: { sessionToken: { not: t } } }); // want "findMany on tenant-scoped \"ApiKey\" does not filter"
}

export async function authCodeNull() {
  return prisma.authorizationCode.findFirst({ where: { code: null } }); // want "findFirst on tenant-scoped \"AuthorizationCode\" does not filter"
}

export async function shorthandConstant() {
  const secretKey = "default";
  return prisma.apiKey.findMany({ where: { secretKey } }); // want "findMany on tenant-scoped \"ApiKey\" does not filter"
}

import { prisma } from "./db";

declare function hashPassword(password: string): string;

// A sign-in: the row's whole unique key and its password, the credential
// its owner presents (sealos's password provider).
export async function signIn(id: string, password: string) {
  return prisma.provider.findUnique({
    where: { providerId_providerType: { providerType: "PASSWORD", providerId: id }, password: hashPassword(password) },
    include: { user: true },
  });
}

// The same by a field unique by itself.
export async function signInByLogin(login: string, password: string) {
  return prisma.provider.findFirst({ where: { login, password: hashPassword(password) } });
}

// A password alone finds any row that has it.
export async function byPassword(password: string) {
  return prisma.provider.findFirst({ where: { password: hashPassword(password) } }); // want "findFirst on tenant-scoped \"Provider\" does not filter by the tenant"
}

// Part of the compound key, and a field that is not unique.
export async function partOfKey(id: string, nickname: string, password: string) {
  return prisma.provider.findFirst({ where: { providerId: id, nickname, password: hashPassword(password) } }); // want "findFirst on tenant-scoped \"Provider\" does not filter by the tenant"
}

// A password that may be undefined: Prisma drops the filter.
export async function maybeNone(login: string, password?: string) {
  return prisma.provider.findFirst({ where: { login, password } }); // want "findFirst on tenant-scoped \"Provider\" does not filter by the tenant"
}

// Not an equality on the password.
export async function notEqual(login: string, password: string) {
  return prisma.provider.findFirst({ where: { login, password: { not: password } } }); // want "findFirst on tenant-scoped \"Provider\" does not filter by the tenant"
}

// The key alone.
export async function keyOnly(login: string) {
  return prisma.provider.findUnique({ where: { login } }); // want "findUnique on tenant-scoped \"Provider\" does not filter by the tenant"
}

// A password every caller knows: a literal, or null when none is given
// (the rows without a password).
export async function knownPassword(login: string) {
  return prisma.provider.findFirst({ where: { login, password: "changeme" } }); // want "findFirst on tenant-scoped \"Provider\" does not filter by the tenant"
}

export async function emptyPassword(login: string) {
  return prisma.provider.findFirst({ where: { login, password: `` } }); // want "findFirst on tenant-scoped \"Provider\" does not filter by the tenant"
}

export async function nullPassword(login: string, password?: string) {
  return prisma.provider.findFirst({ where: { login, password: password ?? null } }); // want "findFirst on tenant-scoped \"Provider\" does not filter by the tenant"
}

export async function chosenPassword(login: string, password?: string) {
  return prisma.provider.findFirst({ where: { login, password: password ? hashPassword(password) : null } }); // want "findFirst on tenant-scoped \"Provider\" does not filter by the tenant"
}

// The password's field given a value the caller knows without the
// password: the login hashed, another input, a row's stored hash.
export async function hashedLogin(login: string) {
  return prisma.provider.findFirst({ where: { login, password: hashPassword(login) } }); // want "findFirst on tenant-scoped \"Provider\" does not filter by the tenant"
}

export async function otherInput(input: { login: string; email: string }) {
  return prisma.provider.findFirst({ where: { login: input.login, password: input.email } }); // want "findFirst on tenant-scoped \"Provider\" does not filter by the tenant"
}

export async function hashedWithMethod(login: string) {
  return prisma.provider.findFirst({ where: { login, password: crypto.hashPassword(login) } }); // want "findFirst on tenant-scoped \"Provider\" does not filter by the tenant"
}

declare const crypto: { hashPassword(s: string): string };

// The password under other names, hashed or not: quiet.
export async function namedPassword(body: { login: string; newPassword: string; pwd: string }) {
  await prisma.provider.findFirst({ where: { login: body.login, password: hashPassword(body.newPassword) } });
  await prisma.provider.findFirst({ where: { login: body.login, password: crypto.hashPassword(body.pwd) } });
  return prisma.provider.findFirst({ where: { login: body.login, password: body.pwd } });
}

// A const given a literal, under a password's name: every caller knows
// it as well as the literal (the seeded accounts' default).
const DEFAULT_PASSWORD = "changeme";

export async function defaultPassword(login: string) {
  return prisma.provider.findFirst({ where: { login, password: DEFAULT_PASSWORD } }); // want "findFirst on tenant-scoped \"Provider\" does not filter by the tenant"
}

export async function hashedDefault(login: string) {
  const initialPassword = `changeme`;
  return prisma.provider.findFirst({ where: { login, password: hashPassword(initialPassword) } }); // want "findFirst on tenant-scoped \"Provider\" does not filter by the tenant"
}

// Twin: a const holding the password the caller presents.
export async function constPresented(login: string, password: string) {
  const hashedPassword = hashPassword(password);
  return prisma.provider.findFirst({ where: { login, password: hashedPassword } });
}

// The row's own stored hash read back beside another key: the caller
// presents no password, only the login and the provider's id.
export async function storedHash(login: string, providerId: string) {
  const existing = await prisma.provider.findUnique({ where: { login } }); // want "findUnique on tenant-scoped \"Provider\" does not filter by the tenant"
  if (!existing) throw new Error("not found");
  return prisma.provider.findFirst({ where: { providerId_providerType: { providerType: "PASSWORD", providerId }, password: existing.password } }); // want "findFirst on tenant-scoped \"Provider\" does not filter by the tenant"
}

// Twin: the password presented, checked beside the same key.
export async function presentedBesideStored(login: string, providerId: string, body: { password: string }) {
  const existing = await prisma.provider.findUnique({ where: { login } }); // want "findUnique on tenant-scoped \"Provider\" does not filter by the tenant"
  if (!existing) throw new Error("not found");
  return prisma.provider.findFirst({ where: { providerId_providerType: { providerType: "PASSWORD", providerId }, password: hashPassword(body.password) } });
}

// The server's configured password: the same for every caller, who
// presents only the login.
export async function configuredPassword(login: string) {
  return prisma.provider.findFirst({ where: { login, password: hashPassword(process.env.SEED_PASSWORD!) } }); // want "findFirst on tenant-scoped \"Provider\" does not filter by the tenant"
}

// Twin: the presented password hashed with the configured pepper.
export async function pepperedPassword(login: string, password: string) {
  return prisma.provider.findFirst({ where: { login, password: hashPassword(password + process.env.PEPPER) } });
}

// The stored hash under another name: a const holding it, a const
// pattern taking it from the row, the row read in the same expression, or
// the row a helper of the file returns. The caller presents the login
// only.
async function findProvider(login: string) {
  return prisma.provider.findUnique({ where: { login } }); // want "findUnique on tenant-scoped \"Provider\" does not filter by the tenant"
}

export async function storedUnderName(login: string, providerId: string) {
  const existing = await findProvider(login);
  const storedPassword = existing!.password;
  return prisma.provider.findFirst({ where: { providerId_providerType: { providerType: "PASSWORD", providerId }, password: storedPassword } }); // want "findFirst on tenant-scoped \"Provider\" does not filter by the tenant"
}

export async function storedByPattern(login: string, providerId: string) {
  const { password } = (await findProvider(login))!;
  return prisma.provider.findFirst({ where: { providerId_providerType: { providerType: "PASSWORD", providerId }, password } }); // want "findFirst on tenant-scoped \"Provider\" does not filter by the tenant"
}

export async function storedInline(login: string, providerId: string) {
  return prisma.provider.findFirst({ where: { providerId_providerType: { providerType: "PASSWORD", providerId }, password: (await prisma.provider.findUniqueOrThrow({ where: { login } })).password } }); // want "findFirst on tenant-scoped \"Provider\" does not filter by the tenant" "findUniqueOrThrow on tenant-scoped \"Provider\" does not filter by the tenant"
}

export async function storedByHelper(login: string, providerId: string) {
  const row = await findProvider(login);
  return prisma.provider.findFirst({ where: { providerId_providerType: { providerType: "PASSWORD", providerId }, password: row!.password } }); // want "findFirst on tenant-scoped \"Provider\" does not filter by the tenant"
}

// Twins: the presented password under other names, a const pattern
// taking it from the request's body, a helper returning the body.
async function readBody(req: { json(): Promise<{ password: string }> }) {
  return req.json();
}

export async function presentedByPattern(body: { password: string }, providerId: string, req: { json(): Promise<{ password: string }> }) {
  const { password } = body;
  const presented = password;
  await prisma.provider.findFirst({ where: { providerId_providerType: { providerType: "PASSWORD", providerId }, password: presented } });
  const sent = await readBody(req);
  return prisma.provider.findFirst({ where: { providerId_providerType: { providerType: "PASSWORD", providerId }, password: hashPassword(sent.password) } });
}

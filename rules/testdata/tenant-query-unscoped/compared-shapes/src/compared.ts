import { prisma } from "./db";

type Req = { query: Record<string, string | string[]>; session: { organization: { id: string }; userId: string } };

// A row found by id alone, then compared with the caller's organization
// in the shapes real code writes (Chaindesk's API routes): through the
// included relation's id, through a cast, with the key cast where it is
// read, inside a switch's case, after logging the row. Each comparison
// leaves on a mismatch, so the lookup and the writes after it are the
// organization's.
export async function throughRelation(id: string, orgId: string) {
  const datasource = await prisma.datasource.findUnique({ where: { id }, include: { organization: true } });
  if (datasource?.organization?.id !== orgId) throw new Error("Unauthorized");
  return prisma.datasource.update({ where: { id }, data: { status: "pending" } });
}

export async function throughCast(id: string, orgId: string) {
  const existing = await prisma.datasource.findUnique({ where: { id } });
  if (existing && (existing as any)?.organizationId !== orgId) throw new Error("Unauthorized");
  return existing;
}

export async function castKey(req: Req) {
  const membership = await prisma.membership.findUnique({ where: { id: req.query.id as string } });
  if (membership?.organizationId !== req.session.organization.id) throw new Error("Unauthorized");
  return prisma.membership.delete({ where: { id: req.query.id as string } });
}

export async function inCase(id: string, orgId: string, useCase: string) {
  let prefix = "";
  switch (useCase) {
    case "datasource":
      const datasource = await prisma.datasource.findUnique({ where: { id } });
      if (datasource?.organizationId !== orgId) throw new Error("Unauthorized");
      prefix = `datasources/${datasource.id}`;
      break;
    default:
      prefix = `organizations/${orgId}`;
  }
  return prefix;
}

export async function loggedFirst(id: string, orgId: string) {
  const item = await prisma.datasource.findUnique({ where: { id } });
  console.log("item", item);
  if (item?.organizationId !== orgId) throw new Error("Unauthorized");
  return prisma.datasource.update({ where: { id }, data: { status: "verified" } });
}

// Near misses: a relation that is not the tenant's, a cast of another
// field, another key cast, the comparison in another case, the row sent
// before the comparison.
export async function throughOwner(id: string, userId: string) {
  const datasource = await prisma.datasource.findUnique({ where: { id }, include: { owner: true } }); // want "findUnique on tenant-scoped \"Datasource\" does not filter by the tenant"
  if (datasource?.owner?.id !== userId) throw new Error("Unauthorized");
  return datasource;
}

export async function castOtherField(id: string, orgId: string) {
  const existing = await prisma.datasource.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Datasource\" does not filter by the tenant"
  if ((existing as any)?.name !== orgId) throw new Error("Unauthorized");
  return existing;
}

export async function otherCastKey(req: Req) {
  const membership = await prisma.membership.findUnique({ where: { id: req.query.id as string } });
  if (membership?.organizationId !== req.session.organization.id) throw new Error("Unauthorized");
  return prisma.membership.delete({ where: { id: req.query.other as string } }); // want "delete on tenant-scoped \"Membership\" does not filter by the tenant"
}

export async function otherCase(id: string, orgId: string, useCase: string) {
  switch (useCase) {
    case "find":
      return prisma.datasource.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Datasource\" does not filter by the tenant"
    case "check":
      if (useCase !== orgId) throw new Error("Unauthorized");
  }
}

export async function sentFirst(id: string, orgId: string, res: { json(x: unknown): void }) {
  const item = await prisma.datasource.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Datasource\" does not filter by the tenant"
  console.log("item", item);
  res.json(item);
  if (item?.organizationId !== orgId) throw new Error("Unauthorized");
}

// An invitation found by id and used only once the caller's token equals
// its own: found by the token, as a lookup by id and token would be
// (Chaindesk's join page).
export async function acceptInvitation(id: string, token: string, userId: string) {
  const membership = await prisma.membership.findUnique({ where: { id } });
  if (membership?.invitedToken !== token) throw new Error("Token does not match");
  await prisma.membership.update({ where: { id }, data: { invitedToken: null, userId } });
  return membership;
}

// Near misses: a field that is no credential, a token every caller knows.
export async function acceptByRole(id: string, role: string, userId: string) {
  const membership = await prisma.membership.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Membership\" does not filter by the tenant"
  if (membership?.role !== role) throw new Error("Role does not match");
  return prisma.membership.update({ where: { id }, data: { userId } }); // want "update on tenant-scoped \"Membership\" does not filter by the tenant"
}

export async function acceptByKnownToken(id: string, userId: string) {
  const membership = await prisma.membership.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Membership\" does not filter by the tenant"
  if (membership?.invitedToken !== "invited") throw new Error("Token does not match");
  return prisma.membership.update({ where: { id }, data: { userId } }); // want "update on tenant-scoped \"Membership\" does not filter by the tenant"
}

// The row read only in the branch of a ternary where it matched
// (Dittofeed's journey page): another organization's row is compared,
// never used.
export async function matchedInTernary(id: string, orgId: string) {
  const datasource = await prisma.datasource.findUnique({ where: { id } });
  const resource = datasource?.organizationId === orgId ? { id: datasource.id, name: datasource.name } : null;
  return { datasource: resource };
}

// Near misses: the row also read in the other branch, or after the
// ternary, or a mismatch test whose matching branch is the other one.
export async function ternaryBothBranches(id: string, orgId: string) {
  const datasource = await prisma.datasource.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Datasource\" does not filter by the tenant"
  return datasource?.organizationId === orgId ? { id: datasource.id } : { name: datasource?.name };
}

export async function ternaryThenUsed(id: string, orgId: string) {
  const datasource = await prisma.datasource.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Datasource\" does not filter by the tenant"
  const resource = datasource?.organizationId === orgId ? { id: datasource.id } : null;
  return { resource, name: datasource?.name };
}

export async function ternaryMismatch(id: string, orgId: string) {
  const datasource = await prisma.datasource.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Datasource\" does not filter by the tenant"
  return datasource?.organizationId !== orgId ? { id: datasource?.id } : null;
}

// The same with the lookup an element of a Promise.all taken apart into
// the row (Dittofeed's journey page as written).
export async function matchedInTernaryFromAll(id: string, orgId: string) {
  const [datasource, memberships] = await Promise.all([
    await prisma.datasource.findUnique({ where: { id } }),
    prisma.membership.findMany({ where: { organizationId: orgId } }),
  ]);
  const resource = datasource?.organizationId === orgId ? { id: datasource.id } : null;
  return { resource, memberships };
}

export async function ternaryFromAllThenUsed(id: string, orgId: string) {
  const [datasource] = await Promise.all([prisma.datasource.findUnique({ where: { id } })]); // want "findUnique on tenant-scoped \"Datasource\" does not filter by the tenant"
  const resource = datasource?.organizationId === orgId ? { id: datasource.id } : null;
  return { resource, datasource };
}

// The mismatch thrown to a catch that only logs, then goes on past the
// try: the row, a const of the try's body, cannot be named there, and
// the write after the check was skipped (Chaindesk's join page).
export async function joinLogged(id: string, token: string, userId: string) {
  try {
    const membership = await prisma.membership.findUnique({ where: { id } });
    if (membership?.invitedToken !== token) throw new Error("Token does not match");
    await prisma.membership.update({ where: { id }, data: { userId } });
    return { joined: membership.id };
  } catch (err) {
    console.error(err);
  }
  return { redirect: "/" };
}

// Near misses: the write after the try, which the swallowed throw lets
// run; the row a let declared outside the try, still named after it.
export async function joinWriteAfter(id: string, token: string, userId: string) {
  try {
    const membership = await prisma.membership.findUnique({ where: { id } });
    if (membership?.invitedToken !== token) throw new Error("Token does not match");
  } catch (err) {
    console.error(err);
  }
  return prisma.membership.update({ where: { id }, data: { userId } }); // want "update on tenant-scoped \"Membership\" does not filter by the tenant"
}

export async function joinLetOutside(id: string, token: string) {
  let membership;
  try {
    membership = await prisma.membership.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Membership\" does not filter by the tenant"
    if (membership?.invitedToken !== token) throw new Error("Token does not match");
  } catch (err) {
    console.error(err);
  }
  return membership;
}

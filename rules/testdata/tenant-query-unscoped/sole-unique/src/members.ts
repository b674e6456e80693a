import { db } from "./db";

// The organization named by its slug, unique by @@unique([slug]): one tenant.
export async function memberBySlug(userId: string, slug: string) {
  return db.member.findFirst({ where: { userId, organization: { slug } } });
}

// The same, chosen by the argument's type (agentset's validateIsMember).
export async function memberByIdOrSlug(userId: string, orgId: string | { slug: string }) {
  return db.member.findFirst({
    where: {
      userId,
      ...(typeof orgId === "string" ? { organizationId: orgId } : { organization: { slug: orgId.slug } }),
    },
  });
}

// A name is unique only with its region: many organizations share it.
export async function memberByName(userId: string, name: string) {
  return db.member.findFirst({ where: { userId, organization: { name } } }); // want "findFirst on tenant-scoped \"Member\" does not filter by the tenant"
}

// An indexed label names no single organization.
export async function memberByLabel(userId: string, orgId: string | { label: string }) {
  return db.member.findFirst({ // want "findFirst on tenant-scoped \"Member\" filters by the tenant only when"
    where: {
      userId,
      ...(typeof orgId === "string" ? { organizationId: orgId } : { organization: { label: orgId.label } }),
    },
  });
}

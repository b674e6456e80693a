declare const prisma: any;

// postiz's repositories take the tenant as an optional argument and filter
// by it when it is given: the where reads every tenant's rows when it is
// not, and the message says so, since the where names the tenant field.
export function getPost(id: string, orgId?: string, deleted?: boolean) {
  prisma.post.findUnique({ where: { id, ...(orgId ? { organizationId: orgId } : {}) } }); // want "findUnique on tenant-scoped \"Post\" filters by the tenant only when \"orgId\" holds; add organizationId to its where without a condition$"
  prisma.post.findMany({ where: { id, ...(orgId && { organizationId: orgId }) } }); // want "findMany on tenant-scoped \"Post\" filters by the tenant only when \"orgId\" holds"
  prisma.post.findMany({ where: { ...(orgId && !deleted ? { organizationId: orgId } : {}) } }); // want "findMany on tenant-scoped \"Post\" filters by the tenant only when \"orgId && !deleted\" holds"
  // Both sides filter by the tenant: no finding.
  prisma.post.findUnique({ where: { id, ...(orgId ? { organizationId: orgId } : { organizationId: "default" }) } });
  // Neither does, or the tenant is on the other side: the plain message.
  prisma.post.findUnique({ where: { id, ...(orgId ? { content: orgId } : {}) } }); // want "findUnique on tenant-scoped \"Post\" does not filter by the tenant; add organizationId to its where$"
  return prisma.post.findUnique({ where: { id, ...(deleted ? {} : { organizationId: orgId }) } }); // want "findUnique on tenant-scoped \"Post\" does not filter by the tenant; add organizationId to its where$"
}

// Two optional tenants: either filters. A tenant chosen when a condition
// fails is not said as one that holds.
export function either(id: string, orgId?: string, ownerOrg?: string, all?: boolean) {
  prisma.post.findFirst({ where: { id, ...(orgId ? { organizationId: orgId } : {}), ...(ownerOrg ? { organization: { id: ownerOrg } } : {}) } }); // want "findFirst on tenant-scoped \"Post\" filters by the tenant only when \"orgId\" or \"ownerOrg\" holds; add organizationId"
  return prisma.post.findFirst({ where: { id, ...(orgId ? { organizationId: orgId } : {}), ...(all ? {} : { organizationId: ownerOrg }) } }); // want "findFirst on tenant-scoped \"Post\" does not filter by the tenant; add organizationId to its where$"
}

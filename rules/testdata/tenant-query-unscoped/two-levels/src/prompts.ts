// With two levels of tenancy, a filter on either tenant field scopes
// (trigger.dev's Prompt by projectId_runtimeEnvironmentId_slug).
export async function load(db: any, projectId: string, slug: string, id: string) {
  await db.prompt.findUnique({ where: { projectId_slug: { projectId, slug } } });
  await db.prompt.findMany({ where: { projectId } });
  await db.prompt.findMany({ where: { slug } }); // want "findMany on tenant-scoped \"Prompt\" does not filter by the tenant; add organizationId to its where"
}

// A foreign key to a tenant model under another name beside the row's own
// tenant field of that kind (projectId) names another project, not the
// row's, alone or in a compound key; a foreign key to another model does
// not scope either.
export async function deployments(db: any, scopeId: string, version: string, parentId: string, projectId: string) {
  await db.deployment.findFirst({ where: { version, scopeId } }); // want "findFirst on tenant-scoped \"Deployment\" does not filter by the tenant"
  await db.deployment.findUnique({ where: { scopeId_version: { scopeId, version } } }); // want "findUnique on tenant-scoped \"Deployment\" does not filter by the tenant"
  await db.deployment.findFirst({ where: { version, scopeId, projectId } });
  await db.deployment.findMany({ where: { parentId } }); // want "findMany on tenant-scoped \"Deployment\" does not filter by the tenant"
}

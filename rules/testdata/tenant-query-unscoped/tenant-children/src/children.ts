declare const prisma: any;

// The organization's own projects, read with it: each holds the
// organization's id in its tenant field, optional as it is (bklit's
// extension router).
export async function extensionsOf(organizationId: string, extensionId: string) {
  const organization = await prisma.organization.findFirst({ where: { id: organizationId }, include: { projects: true } });
  if (!organization) throw new Error("NOT_FOUND");
  const projectIds = organization.projects.map((p) => p.id);
  return prisma.projectExtension.findMany({ where: { projectId: { in: projectIds }, extensionId } });
}

// Near misses: children through another key to the organization, and
// the request's ids beside the organization's.
export async function archivedBy(organizationId: string) {
  const organization = await prisma.organization.findFirst({ where: { id: organizationId }, include: { archived: true } }); // want "findFirst on tenant \"Organization\" includes its \"archived\", which leaves the organization it finds"
  if (!organization) throw new Error("NOT_FOUND");
  const projectIds = organization.archived.map((p) => p.id);
  return prisma.projectExtension.findMany({ where: { projectId: { in: projectIds } } }); // want "findMany on tenant-scoped \"ProjectExtension\" does not filter by the tenant"
}

export async function withExtra(organizationId: string, extra: string[]) {
  const organization = await prisma.organization.findFirst({ where: { id: organizationId }, include: { projects: true } });
  if (!organization) throw new Error("NOT_FOUND");
  const projectIds = [...organization.projects.map((p) => p.id), ...extra];
  return prisma.projectExtension.findMany({ where: { projectId: { in: projectIds } } }); // want "findMany on tenant-scoped \"ProjectExtension\" does not filter by the tenant"
}

export async function pushedFirst(organizationId: string, extra: string) {
  const organization = await prisma.organization.findFirst({ where: { id: organizationId }, include: { projects: true } });
  if (!organization) throw new Error("NOT_FOUND");
  organization.projects.push({ id: extra });
  const projectIds = organization.projects.map((p) => p.id);
  return prisma.projectExtension.findMany({ where: { projectId: { in: projectIds } } }); // want "findMany on tenant-scoped \"ProjectExtension\" does not filter by the tenant"
}

export async function keySetFirst(organizationId: string, extra: string) {
  const organization = await prisma.organization.findFirst({ where: { id: organizationId }, include: { projects: true } });
  if (!organization) throw new Error("NOT_FOUND");
  organization.projects[0].id = extra;
  const projectIds = organization.projects.map((p) => p.id);
  return prisma.projectExtension.findMany({ where: { projectId: { in: projectIds } } }); // want "findMany on tenant-scoped \"ProjectExtension\" does not filter by the tenant"
}

// The same children read one by one, and deeper: the first project, and
// an extension of it (owned through its required key to the project).
export async function firstProject(organizationId: string) {
  const organization = await prisma.organization.findFirst({ where: { id: organizationId }, include: { projects: { include: { extensions: true } } } });
  if (!organization) throw new Error("NOT_FOUND");
  await prisma.projectExtension.deleteMany({ where: { projectId: organization.projects[0].id } });
  return prisma.projectExtension.delete({ where: { id: organization.projects[0].extensions[0].id } });
}

export async function firstArchived(organizationId: string) {
  const organization = await prisma.organization.findFirst({ where: { id: organizationId }, include: { archived: { include: { extensions: true } } } }); // want "findFirst on tenant \"Organization\" includes its \"archived\", which leaves the organization it finds"
  if (!organization) throw new Error("NOT_FOUND");
  await prisma.projectExtension.deleteMany({ where: { projectId: organization.archived[0].id } }); // want "deleteMany on tenant-scoped \"ProjectExtension\" does not filter by the tenant"
  return prisma.projectExtension.delete({ where: { id: organization.archived[0].extensions[0].id } }); // want "delete on tenant-scoped \"ProjectExtension\" does not filter by the tenant"
}

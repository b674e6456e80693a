import { prisma } from "./lib/db";

class NotFound extends Error {}

// A row fetched by id and compared with the caller's tenant before it is
// used is checked.
export async function getProject(id: string, organizationId: string) {
  const project = await prisma.project.findUnique({ where: { id } });
  if (!project || project.organizationId !== organizationId) throw new NotFound();
  return project;
}

export async function getNote(id: string, organizationId: string) {
  const note = await prisma.note.findUniqueOrThrow({ where: { id }, include: { task: { include: { project: true } } } });
  if (note?.task.project.organizationId != organizationId) return null;
  return note;
}

// A comparison of something else does not check the tenant.
export async function getProjectUnchecked(id: string, userId: string) {
  const project = await prisma.project.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Project\" does not filter"
  if (!project || project.id !== userId) throw new NotFound();
  return project;
}

// A tenant field compared with a literal checks no tenant: dub's cleanup
// jobs skip a row whose projectId is not null, then delete it by its id.
export async function getOrphan(id: string) {
  const project = await prisma.project.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Project\" does not filter"
  if (!project || project.organizationId !== null) return;
  await prisma.project.delete({ where: { id } }); // want "delete on tenant-scoped \"Project\" does not filter"
}

// Only reads are checked this way: a write has happened already.
export async function remove(id: string, organizationId: string) {
  const project = await prisma.project.delete({ where: { id } }); // want "delete on tenant-scoped \"Project\" does not filter"
  if (project.organizationId !== organizationId) throw new NotFound();
}

// An id checked against the tenant by an earlier query in the same
// function (or one it is nested in) is as good as the tenant itself.
export async function verifiedFirst(id: string, projectId: string, organizationId: string) {
  const project = await prisma.project.findFirst({ where: { id: projectId, organizationId } });
  if (!project) throw new NotFound();
  await prisma.task.findMany({ where: { projectId } });
  await prisma.task.findMany({ where: { projectId: project.id } });
  await prisma.project.update({ where: { id: projectId }, data: {} });
  await prisma.$transaction(async (tx) => {
    await tx.task.deleteMany({ where: { projectId } });
  });
  // A different id, or one checked without the tenant, is not.
  await prisma.task.findMany({ where: { projectId: id } }); // want "findMany on tenant-scoped \"Task\" does not filter"
  const other = await prisma.project.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Project\" does not filter"
  await prisma.task.findMany({ where: { projectId: other!.id } }); // want "findMany on tenant-scoped \"Task\" does not filter"
}

// A check after the query comes too late for a write.
export async function verifiedLate(projectId: string, organizationId: string) {
  await prisma.task.deleteMany({ where: { projectId } }); // want "deleteMany on tenant-scoped \"Task\" does not filter"
  await prisma.project.findFirst({ where: { id: projectId, organizationId } });
}

// The column of a composite foreign key that references the parent's id
// is checked like a foreign key of its own (formbricks' WorkflowVersion).
export async function compositeKey(projectId: string, organizationId: string) {
  const { count } = await prisma.project.updateMany({ where: { id: projectId, organizationId }, data: {} });
  if (count !== 1) throw new NotFound();
  await prisma.milestone.findFirst({ where: { projectId } });
}

export async function compositeKeyUnchecked(projectId: string) {
  await prisma.milestone.findFirst({ where: { projectId } }); // want "findFirst on tenant-scoped \"Milestone\" does not filter"
}

// A read that selects only the row's tenant finds whose row an id is, for
// the caller to check access (formbricks' getLanguage).
export async function ownerOf(id: string, noteId: string) {
  await prisma.project.findUnique({ where: { id }, select: { organizationId: true } });
  await prisma.project.findUnique({ where: { id }, select: { id: true, organization: { select: { id: true } } } });
  await prisma.note.findUnique({ where: { id: noteId }, select: { task: { select: { project: { select: { organizationId: true } } } } } });
  await prisma.project.findUnique({ where: { id }, select: { organizationId: true, tasks: true } }); // want "findUnique on tenant-scoped \"Project\" does not filter"
  await prisma.project.findUnique({ where: { id }, select: { id: true } }); // want "findUnique on tenant-scoped \"Project\" does not filter"
  await prisma.project.update({ where: { id }, data: {}, select: { organizationId: true } }); // want "update on tenant-scoped \"Project\" does not filter"
}

// Checked by membership in the caller's tenants, after a .catch (Shelf's
// image loader).
export async function getProjectOfMine(id: string, organizationIds: string[]) {
  const project = await prisma.project.findFirstOrThrow({ where: { id } }).catch(() => {
    throw new NotFound();
  });
  if (!organizationIds.includes(project.organizationId)) throw new NotFound();
  return project;
}

// The tenant's own row looked up together with a row it holds proves that
// row the tenant's (papermark's add-to-dataroom); an id it does not name
// is not proven.
export async function heldByTheTenant(organizationId: string, projectId: string, otherId: string) {
  const org = await prisma.organization.findUnique({
    where: { id: organizationId, projects: { some: { id: { equals: projectId } } } },
  });
  if (!org) throw new NotFound();
  await prisma.project.update({ where: { id: projectId }, data: {} });
  await prisma.project.update({ where: { id: otherId }, data: {} }); // want "update on tenant-scoped \"Project\" does not filter"
  await prisma.task.findMany({ where: { projectId } });
}

export async function heldByAnyTenant(projectId: string) {
  await prisma.organization.findFirst({ where: { projects: { some: { id: projectId } } } });
  await prisma.project.update({ where: { id: projectId }, data: {} }); // want "update on tenant-scoped \"Project\" does not filter"
}

// The ids of the rows an earlier query filtered by the tenant returned
// (papermark's document search), and the row a create returned (its
// domain route): both are the tenant's.
export async function idsOfScopedRows(organizationId: string, id: string) {
  const projects = await prisma.project.findMany({ where: { organizationId } });
  const projectIds = projects.map((p) => p.id);
  await prisma.task.findMany({ where: { projectId: { in: projectIds } } });
  await prisma.task.count({ where: { projectId: { in: projects.map((p: Project) => p.id) } } });
  const others = await prisma.project.findMany({ where: { id } }); // want "findMany on tenant-scoped \"Project\" does not filter"
  await prisma.task.findMany({ where: { projectId: { in: others.map((p) => p.id) } } }); // want "findMany on tenant-scoped \"Task\" does not filter"
  await prisma.task.findMany({ where: { projectId: { in: projects.map((p) => p.organizationId) } } }); // want "findMany on tenant-scoped \"Task\" does not filter"
}

export async function createdHere(organizationId: string) {
  const project = await prisma.project.create({ data: { organizationId } });
  await prisma.project.update({ where: { id: project.id }, data: {} });
  const found = await lookUp();
  await prisma.project.update({ where: { id: found.id }, data: {} }); // want "update on tenant-scoped \"Project\" does not filter"
}

// A parent looked up by the key of a row that an earlier query filtered by
// the tenant is the tenant's: note.task.projectId after a note of the
// tenant. After a lookup that did not filter, it is reported too.
export async function parentOfRow(id: string, organizationId: string) {
  const note = await prisma.note.findFirst({ where: { id, task: { project: { organizationId } } }, include: { task: true } });
  await prisma.project.update({ where: { id: note.task.projectId }, data: {} });
  await prisma.project.findUnique({ where: { id: note?.task.projectId } });
  await prisma.note.findMany({ where: { task: { id: note.taskId } } });
  const task = await prisma.task.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Task\" does not filter"
  await prisma.project.findUnique({ where: { id: task.projectId } }); // want "findUnique on tenant-scoped \"Project\" does not filter"
  const other = await lookUp();
  await prisma.project.findUnique({ where: { id: other.projectId } }); // want "findUnique on tenant-scoped \"Project\" does not filter"
}

// The rows of a tenant-filtered list, walked in a loop, and a row bound by
// destructuring Promise.all, are the tenant's (Shelf's exceptions say so
// for its loops over org-scoped findMany results).
export async function loopsOverScopedRows(organizationId: string, id: string, otherId: string) {
  const projects = await prisma.project.findMany({ where: { organizationId } });
  for (const project of projects) {
    await prisma.project.update({ where: { id: project.id }, data: {} });
  }
  await Promise.all(projects.map((p) => prisma.task.deleteMany({ where: { projectId: p.id } })));
  const loose = await prisma.project.findMany({ where: { id } }); // want "findMany on tenant-scoped \"Project\" does not filter"
  for (const project of loose) {
    await prisma.project.update({ where: { id: project.id }, data: {} }); // want "update on tenant-scoped \"Project\" does not filter"
  }
  for (const key in projects) {
    await prisma.project.update({ where: { id: key.id }, data: {} }); // want "update on tenant-scoped \"Project\" does not filter"
  }
  const [, task] = await Promise.all([lookUp(), prisma.task.findUnique({ where: { id } })]);
  if (!task || task.project.organizationId !== organizationId) throw new NotFound();
  // The same id again is the task just compared; another is not.
  const [same] = await Promise.all([prisma.task.findUnique({ where: { id } })]);
  const [other] = await Promise.all([prisma.task.findUnique({ where: { id: otherId } })]); // want "findUnique on tenant-scoped \"Task\" does not filter"
  return [same, other];
}

// A compound key whose part is a parent's id proven earlier (trigger.dev's
// promptId_version after the prompt's scoped lookup).
export async function compoundOfProvenParent(organizationId: string, id: string, otherId: string) {
  const project = await prisma.project.findFirst({ where: { id, organizationId } });
  await prisma.milestone.findUnique({ where: { projectId_name: { projectId: project.id, name: "m" } } });
  const loose = await prisma.project.findFirst({ where: { id: otherId } }); // want "findFirst on tenant-scoped \"Project\" does not filter"
  await prisma.task.findUnique({ where: { projectId_title: { projectId: loose.id, title: "t" } } }); // want "findUnique on tenant-scoped \"Task\" does not filter"
}

// A foreign key to a unique field other than the id (dub's Link.domain
// references Domain.slug): the slug a tenant-filtered lookup of the domain
// was given, or read from its row, is the tenant's; a slug from the
// request, or from a row found without the tenant, is not.
export async function uniqueKeyOfProvenParent(organizationId: string, slug: string, other: string, key: string) {
  const domain = await prisma.domain.findUnique({ where: { slug, organizationId } });
  if (!domain) throw new NotFound();
  await prisma.shortLink.findUnique({ where: { domain_key: { domain: slug, key } } });
  await prisma.shortLink.findMany({ where: { domain: domain.slug } });
  await prisma.shortLink.findUnique({ where: { domain_key: { domain: other, key } } }); // want "findUnique on tenant-scoped \"ShortLink\" does not filter"
  await prisma.shortLink.findMany({ where: { domain: other } }); // want "findMany on tenant-scoped \"ShortLink\" does not filter"
  const loose = await prisma.domain.findUnique({ where: { slug: other } }); // want "findUnique on tenant-scoped \"Domain\" does not filter"
  await prisma.shortLink.deleteMany({ where: { domain: loose.slug } }); // want "deleteMany on tenant-scoped \"ShortLink\" does not filter"
  await prisma.shortLink.deleteMany({ where: { domain: domain.id } }); // want "deleteMany on tenant-scoped \"ShortLink\" does not filter"
}

// A write by the key of a row fetched and compared with the tenant before
// it (trigger.dev's worker group deletion) is checked; one before the
// comparison, or by another key, is not.
export async function writeAfterCompare(id: string, otherId: string, organizationId: string) {
  const project = await prisma.project.findUnique({ where: { id } });
  await prisma.project.update({ where: { id }, data: {} }); // want "update on tenant-scoped \"Project\" does not filter"
  if (!project || project.organizationId !== organizationId) throw new NotFound();
  await prisma.project.delete({ where: { id } });
  await prisma.project.update({ where: { id: project.id }, data: {} });
  await prisma.task.deleteMany({ where: { projectId: id } });
  await prisma.project.delete({ where: { id: otherId } }); // want "delete on tenant-scoped \"Project\" does not filter"
  const other = await prisma.project.findUnique({ where: { id: otherId } }); // want "findUnique on tenant-scoped \"Project\" does not filter"
  await prisma.project.delete({ where: { id: other.id } }); // want "delete on tenant-scoped \"Project\" does not filter"
}

// A row bound through a conditional whose other branch is nothing
// (trigger.dev's alert channel found by its deduplication key) is the
// row; with another lookup as the other branch it may be that one.
export async function conditionalRow(organizationId: string, key: string | undefined, id: string) {
  const project = key ? await prisma.project.findFirst({ where: { id: key, organizationId } }) : undefined;
  if (project) await prisma.project.update({ where: { id: project.id }, data: {} });
  const either = key ? await prisma.project.findFirst({ where: { id: key, organizationId } }) : await prisma.project.findFirst({ where: { id } }); // want "findFirst on tenant-scoped \"Project\" does not filter"
  await prisma.project.update({ where: { id: either.id }, data: {} }); // want "update on tenant-scoped \"Project\" does not filter"
}

// A row picked with find from a tenant-filtered list (trigger.dev's
// declarative schedules and webhook endpoints) is the tenant's; one picked
// from an unfiltered list is not.
export async function pickedFromScopedRows(organizationId: string, name: string, id: string) {
  const projects = await prisma.project.findMany({ where: { organizationId } });
  const found = projects.find((p) => p.id === name);
  if (found) await prisma.project.update({ where: { id: found.id }, data: {} });
  const loose = await prisma.project.findMany({ where: { id } }); // want "findMany on tenant-scoped \"Project\" does not filter"
  const stray = loose.find((p) => p.id === name);
  if (stray) await prisma.project.update({ where: { id: stray.id }, data: {} }); // want "update on tenant-scoped \"Project\" does not filter"
  // Some of the tenant's rows, filtered, walked in a loop (trigger.dev's
  // alert channels to delete).
  const toDelete = projects.filter((p) => p.id !== name);
  for (const p of toDelete) await prisma.project.delete({ where: { id: p.id } });
  const strays = loose.filter((p) => p.id !== name);
  for (const p of strays) await prisma.project.delete({ where: { id: p.id } }); // want "delete on tenant-scoped \"Project\" does not filter"
}

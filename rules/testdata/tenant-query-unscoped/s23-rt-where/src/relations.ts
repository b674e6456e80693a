import { prisma } from "./lib/db";

// Relation filters: a to-one filter scopes through its parent; every and
// none hold with no related row; isNot excludes.
export async function relations(organizationId: string, id: string, filter: any, planId: string, key: string, cond: boolean) {
  await prisma.task.findMany({ where: { project: { organizationId } } });
  await prisma.task.findMany({ where: { project: { is: { organizationId } } } });
  await prisma.task.findMany({ where: { project: { isNot: { organizationId } } } }); // want "on tenant-scoped"
  await prisma.task.findMany({ where: { project: { is: {} } } }); // want "on tenant-scoped"
  await prisma.task.findMany({ where: { project: {} } }); // want "on tenant-scoped"
  await prisma.task.findMany({ where: { project: { is: null } } }); // want "on tenant-scoped"
  await prisma.task.findMany({ where: { project: null } }); // want "on tenant-scoped"
  await prisma.task.findMany({ where: { project: { NOT: { organizationId } } } }); // want "on tenant-scoped"
  await prisma.task.findMany({ where: { project: { organizationId: { not: organizationId } } } }); // want "on tenant-scoped"
  await prisma.task.findMany({ where: { project: { organizationId: undefined } } }); // want "may be undefined"
  await prisma.task.findMany({ where: { project: { plan: { id: planId } } } }); // want "on tenant-scoped"
  await prisma.task.findMany({ where: { project: { organization: { id: organizationId } } } });
  await prisma.task.findMany({ where: { project: { organization: { id: { not: organizationId } } } } }); // want "on tenant-scoped"
  await prisma.task.findMany({ where: { project: { organization: { name: "acme" } } } }); // want "on tenant-scoped"
  await prisma.task.findMany({ where: { project: { organization: { slug: "acme" } } } });
  await prisma.task.findMany({ where: { project: { organization: { isNot: { id: organizationId } } } } }); // want "on tenant-scoped"
  await prisma.task.findMany({ where: { project: { organization: { projects: { every: { organizationId } } } } } }); // want "on tenant-scoped"
  // The last of two entries of one name wins.
  await prisma.task.findMany({ where: { project: { is: { organizationId }, is: {} } } }); // want "on tenant-scoped"
  await prisma.task.findMany({ where: { project: { is: { organizationId }, ...filter } } }); // want "on tenant-scoped"
  await prisma.task.findMany({ where: { project: { is: { organizationId }, isNot: { id } } } });
  await prisma.task.findMany({ where: { project: { isNot: { id }, is: { organizationId } } } });
  await prisma.task.findMany({ where: { project: { organizationId, ...filter } } }); // want "on tenant-scoped"
  await prisma.task.findMany({ where: { project: { isNot: { id }, ...filter } } }); // want "on tenant-scoped"
  await prisma.task.findMany({ where: { project: { is: { organizationId }, get is() { return {}; } } } }); // want "on tenant-scoped"
  await prisma.task.findMany({ where: { project: { is: { organizationId }, [key]: {} } } }); // want "on tenant-scoped"
  await prisma.task.findMany({ where: { project: { is: undefined } } }); // want "on tenant-scoped"
  await prisma.task.findMany({ where: { project: { is: cond ? { organizationId } : undefined } } }); // want "on tenant-scoped"
  await prisma.task.findMany({ where: { project: { ...filter, is: { organizationId } } } });
  await prisma.task.findMany({ where: { project: { ["is"]: { organizationId } } } });
  await prisma.task.findMany({ where: { project: { is: {}, is: { organizationId } } } });
  await prisma.task.findMany({ where: { project: { is: { organizationId }, ...(cond ? { is: {} } : {}) } } }); // want "on tenant-scoped"
  await prisma.task.findMany({ where: { project: { is: { organizationId }, ...(cond ? { isNot: { id } } : {}) } } });
  await prisma.task.findMany({ where: { project: { organizationId, ...(cond ? { name: "x" } : {}) } } });
  await prisma.task.findMany({ where: { comments: { some: { organizationId }, ...(cond ? { every: { id } } : {}) } } });
  await prisma.task.findMany({ where: { comments: { some: { organizationId }, ...(cond ? { some: {} } : {}) } } }); // want "on tenant-scoped"
  // To-many: some scopes, every and none do not.
  await prisma.project.findMany({ where: { tasks: { some: { id } } } }); // want "on tenant-scoped"
  await prisma.project.findMany({ where: { tasks: { some: { project: { organizationId } } } } });
  await prisma.task.findMany({ where: { comments: { some: { organizationId } } } });
  await prisma.task.findMany({ where: { comments: { every: { organizationId } } } }); // want "on tenant-scoped"
  await prisma.task.findMany({ where: { comments: { none: { organizationId } } } }); // want "on tenant-scoped"
  await prisma.task.findMany({ where: { comments: { some: {} } } }); // want "on tenant-scoped"
  await prisma.task.findMany({ where: { comments: { some: { organizationId }, some: {} } } }); // want "on tenant-scoped"
  await prisma.task.findMany({ where: { comments: { some: { organizationId }, ...filter } } }); // want "on tenant-scoped"
  await prisma.task.findMany({ where: { comments: { none: {}, some: { organizationId } } } });
  await prisma.task.findMany({ where: { comments: { ...filter, some: { organizationId } } } });
  await prisma.task.findMany({ where: { comments: { some: { organizationId }, [key]: {} } } }); // want "on tenant-scoped"
  await prisma.task.findMany({ where: { comments: { some: { organizationId }, every: { id } } } });
  // An optional parent: is requires the parent to exist.
  await prisma.comment.findMany({ where: { project: { is: { organizationId } } } });
  await prisma.comment.findMany({ where: { project: { organizationId } } });
  await prisma.comment.findMany({ where: { project: { isNot: null } } }); // want "on tenant-scoped"
  await prisma.comment.findMany({ where: { project: { is: { id }, isNot: null } } }); // want "on tenant-scoped"
  // A global model decides nothing.
  await prisma.project.findMany({ where: { plan: { id: planId } } }); // want "on tenant-scoped"
  await prisma.project.findMany({ where: { plan: { projects: { some: { organizationId } } } } }); // want "on tenant-scoped"
}

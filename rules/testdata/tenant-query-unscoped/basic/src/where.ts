import { prisma } from "./lib/db";

export async function shapes(id: string, organizationId: string, input: { orgId?: string }, session: any) {
  // AND: one conjunct is enough.
  await prisma.project.findMany({ where: { AND: [{ id }, { organizationId }] } });
  await prisma.project.findMany({ where: { AND: { organizationId } } });
  // OR: every branch must constrain the tenant.
  await prisma.project.findMany({ where: { OR: [{ id }, { organizationId }] } }); // want "findMany on tenant-scoped \"Project\" has an OR branch without the tenant; add organizationId beside the OR"
  await prisma.project.findMany({ where: { OR: [{ id, organizationId }, { organizationId }] } });
  await prisma.project.findMany({ where: { organizationId, OR: [{ id }, { id: "x" }] } });
  await prisma.project.findMany({ where: { NOT: { organizationId } } }); // want "does not filter by the tenant"
  await prisma.project.findMany({ where: { id, OR: [{ id: "a" }, { id: "b" }] } }); // want "findMany on tenant-scoped \"Project\" does not filter by the tenant"
  // A compound unique key holds the tenant field.
  await prisma.invoice.findUnique({ where: { organizationId_number: { organizationId, number: 1 } } });
  // Child models: through the required parent, at any depth.
  await prisma.task.findMany({ where: { project: { organizationId } } });
  await prisma.task.findMany({ where: { project: { is: { organizationId } } } });
  await prisma.task.findMany({ where: { project: { id } } }); // want "findMany on tenant-scoped \"Task\" does not filter by the tenant; add project: \\{ organizationId \\} to its where"
  await prisma.note.findMany({ where: { task: { project: { organizationId } } } });
  await prisma.note.deleteMany({ where: { id } }); // want "add task: \\{ project: \\{ organizationId \\} \\} to its where"
  await prisma.invoiceLine.findMany({ where: { invoice: { organization: { id: organizationId } } } });
  await prisma.invoiceLine.findMany({ where: { invoice: { organizationId_number: { organizationId, number: 1 } } } });
  await prisma.invoiceLine.findMany({ where: { invoice: { isNot: { organizationId } } } }); // want "does not filter by the tenant"
  // To-many relation filters: some related row of the tenant scopes;
  // every and none hold for rows with no related row at all.
  await prisma.task.findMany({ where: { notes: { some: { task: { project: { organizationId } } } } } });
  await prisma.organization.findMany({ where: { projects: { some: { id } } } });
  await prisma.task.findMany({ where: { notes: { every: { task: { project: { organizationId } } } } } }); // want "findMany on tenant-scoped \"Task\" does not filter"
  await prisma.task.findMany({ where: { notes: { some: { id } } } }); // want "findMany on tenant-scoped \"Task\" does not filter"
  // A value that may be undefined makes Prisma drop the filter.
  await prisma.project.findMany({ where: { organizationId: undefined } }); // want "findMany on tenant-scoped \"Project\" filters by a tenant value that may be undefined"
  await prisma.project.findMany({ where: { organizationId: input.orgId ?? undefined } }); // want "may be undefined"
  await prisma.project.findMany({ where: { organizationId: session?.user.orgId } }); // want "may be undefined"
  await prisma.project.findMany({ where: { organizationId: input.orgId ? input.orgId : undefined } }); // want "may be undefined"
  await prisma.project.findMany({ where: { organizationId: session.user.orgId } });
  await prisma.project.findMany({ where: { organizationId: { equals: undefined } } }); // want "may be undefined"
}

export async function built(id: string, organizationId: string) {
  const scopedWhere = { id, organizationId };
  await prisma.project.findMany({ where: scopedWhere });
}

export async function builtUnscoped(id: string) {
  const byId = { id };
  await prisma.project.findMany({ where: byId }); // want "findMany on tenant-scoped \"Project\" does not filter by the tenant"
}

export async function builtElsewhere(id: string, organizationId: string, where: any, filter: () => any) {
  const args = { where: { id, organizationId } } as const;
  await prisma.project.findMany(args);
  await prisma.project.findMany({ where }); // want "cannot see the where of findMany on tenant-scoped \"Project\"; build it as a const object in this function"
  await prisma.project.findMany({ where: filter() }); // want "cannot see the where of findMany"
  await prisma.project.findMany({ where: { ...where } }); // want "cannot see the where of findMany"
  await prisma.project.findMany({ where: { ...where, organizationId } });
  let mutable = { id, organizationId };
  await prisma.project.findMany({ where: mutable }); // want "cannot see the where of findMany"
}

// Spreads of object literals are read: they add what their weakest
// alternative adds.
export async function spreads(id: string, organizationId: string, archived: boolean, version?: number) {
  await prisma.project.findMany({ where: { id, ...(archived ? { organizationId } : { organizationId, id }) } });
  await prisma.project.findMany({ where: { organizationId, ...(archived && { id }) } });
  const extra = { organizationId };
  await prisma.project.findMany({ where: { id, ...extra } });
}

export async function spreadsUnscoped(id: string, organizationId: string, archived: boolean, version?: number) {
  await prisma.project.findMany({ where: { id, ...(version ? { id: "v" } : { id: "w" }) } }); // want "findMany on tenant-scoped \"Project\" does not filter by the tenant"
  await prisma.project.findMany({ where: { id, ...(archived && { organizationId }) } }); // want "findMany on tenant-scoped \"Project\" filters by the tenant only when \"archived\" holds"
}

// A lookup by a credential the caller presents finds the tenant; a lookup
// by anything else, or by a list of hashes, does not.
export async function authenticate(hashedKey: string, id: string, hashes: string[]) {
  await prisma.apiKey.findUnique({ where: { hashedKey } });
  await prisma.apiKey.update({ where: { hashedKey: { equals: hashedKey } }, data: {} });
  await prisma.apiKey.findFirst({ where: { name: "x" } }); // want "findFirst on tenant-scoped \"ApiKey\" does not filter"
  await prisma.apiKey.findMany({ where: { hashedKey: { in: hashes } } }); // want "findMany on tenant-scoped \"ApiKey\" does not filter"
  await prisma.apiKey.delete({ where: { id } }); // want "delete on tenant-scoped \"ApiKey\" does not filter"
}

declare const prisma: any;

type Input = { organizationId: string; extensionId: string; projectIds: string[] };

// Every project id the request names was found with the organization when
// as many projects came back as it names: the whole list is the
// organization's, given to an `in` or read element by element, also from
// the request's object (bklit's extension router).
export async function activate(input: Input) {
  const projects = await prisma.project.findMany({ where: { id: { in: input.projectIds }, organizationId: input.organizationId } });
  if (projects.length !== input.projectIds.length) throw new Error("BAD_REQUEST");
  await Promise.all(
    input.projectIds.map((projectId) =>
      prisma.projectExtension.upsert({
        where: { projectId_extensionId: { projectId, extensionId: input.extensionId } },
        create: { projectId, extensionId: input.extensionId },
        update: {},
      }),
    ),
  );
  for (const projectId of input.projectIds) await prisma.projectExtension.deleteMany({ where: { projectId, extensionId: "old" } });
}

export async function remove(input: Input, ids: string[]) {
  const projects = await prisma.project.findMany({ where: { id: { in: input.projectIds }, organizationId: input.organizationId } });
  if (projects.length !== input.projectIds.length) throw new Error("BAD_REQUEST");
  await prisma.projectExtension.deleteMany({ where: { projectId: { in: input.projectIds }, extensionId: input.extensionId } });
  const found = await prisma.project.findMany({ where: { id: { in: ids }, organizationId: input.organizationId } });
  if (found.length < ids.length) throw new Error("BAD_REQUEST");
  return prisma.projectExtension.findMany({ where: { projectId: { in: ids } } });
}

// Near misses: a count that proves one id at least, a count without the
// organization, another list, a list changed after the count, a count
// that does not leave.
export async function someFound(input: Input) {
  const projects = await prisma.project.findMany({ where: { id: { in: input.projectIds }, organizationId: input.organizationId } });
  if (projects.length === 0) throw new Error("BAD_REQUEST");
  await prisma.projectExtension.deleteMany({ where: { projectId: { in: input.projectIds } } }); // want "deleteMany on tenant-scoped \"ProjectExtension\" does not filter by the tenant"
}

export async function anyOrganization(input: Input) {
  const projects = await prisma.project.findMany({ where: { id: { in: input.projectIds } } }); // want "findMany on tenant-scoped \"Project\" does not filter by the tenant"
  if (projects.length !== input.projectIds.length) throw new Error("BAD_REQUEST");
  await prisma.projectExtension.deleteMany({ where: { projectId: { in: input.projectIds } } }); // want "deleteMany on tenant-scoped \"ProjectExtension\" does not filter by the tenant"
}

export async function otherList(input: Input, others: string[]) {
  const projects = await prisma.project.findMany({ where: { id: { in: input.projectIds }, organizationId: input.organizationId } });
  if (projects.length !== input.projectIds.length) throw new Error("BAD_REQUEST");
  await prisma.projectExtension.deleteMany({ where: { projectId: { in: others } } }); // want "deleteMany on tenant-scoped \"ProjectExtension\" does not filter by the tenant"
  for (const projectId of others) await prisma.projectExtension.deleteMany({ where: { projectId } }); // want "deleteMany on tenant-scoped \"ProjectExtension\" does not filter by the tenant"
}

export async function changedAfter(input: Input, extra: string, other: Input) {
  const projects = await prisma.project.findMany({ where: { id: { in: input.projectIds }, organizationId: input.organizationId } });
  if (projects.length !== input.projectIds.length) throw new Error("BAD_REQUEST");
  input.projectIds.push(extra);
  await prisma.projectExtension.deleteMany({ where: { projectId: { in: input.projectIds } } }); // want "deleteMany on tenant-scoped \"ProjectExtension\" does not filter by the tenant"
  input.projectIds = other.projectIds;
  for (const projectId of input.projectIds) await prisma.projectExtension.deleteMany({ where: { projectId } }); // want "deleteMany on tenant-scoped \"ProjectExtension\" does not filter by the tenant"
}

export async function replacedObject(input: Input, other: Input) {
  const projects = await prisma.project.findMany({ where: { id: { in: input.projectIds }, organizationId: input.organizationId } });
  if (projects.length !== input.projectIds.length) throw new Error("BAD_REQUEST");
  input = other;
  await prisma.projectExtension.deleteMany({ where: { projectId: { in: input.projectIds } } }); // want "deleteMany on tenant-scoped \"ProjectExtension\" does not filter by the tenant"
}

export async function handedOn(input: Input, grow: (l: string[]) => void) {
  const projects = await prisma.project.findMany({ where: { id: { in: input.projectIds }, organizationId: input.organizationId } });
  if (projects.length !== input.projectIds.length) throw new Error("BAD_REQUEST");
  grow(input.projectIds);
  await prisma.projectExtension.deleteMany({ where: { projectId: { in: input.projectIds } } }); // want "deleteMany on tenant-scoped \"ProjectExtension\" does not filter by the tenant"
}

export async function notLeaving(input: Input) {
  const projects = await prisma.project.findMany({ where: { id: { in: input.projectIds }, organizationId: input.organizationId } });
  if (projects.length !== input.projectIds.length) console.warn("missing");
  await prisma.projectExtension.deleteMany({ where: { projectId: { in: input.projectIds } } }); // want "deleteMany on tenant-scoped \"ProjectExtension\" does not filter by the tenant"
}

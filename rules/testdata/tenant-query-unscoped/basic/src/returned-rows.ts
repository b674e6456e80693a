declare const prisma: any;
declare function lookUp(): Promise<any>;

// The row a delete filtered by the tenant returned is the tenant's, and so
// is the parent it names (dub's dashboard route: the deleted dashboard's
// linkId). A delete by id alone returns anyone's row, and deleteMany
// returns a count, not a row.
export async function deletedRowParent(id: string, otherId: string, organizationId: string) {
  const task = await prisma.task.delete({ where: { id, project: { organizationId } } });
  await prisma.project.update({ where: { id: task.projectId }, data: {} });
  const other = await prisma.task.delete({ where: { id: otherId } }); // want "delete on tenant-scoped \"Task\" does not filter"
  await prisma.project.update({ where: { id: other.projectId }, data: {} }); // want "update on tenant-scoped \"Project\" does not filter"
  const many = await prisma.task.deleteMany({ where: { project: { organizationId } } });
  await prisma.project.update({ where: { id: many.projectId }, data: {} }); // want "update on tenant-scoped \"Project\" does not filter"
}

// A create's row bound by destructuring: the rest holds its id (dub's OAuth
// app route), and so does a renamed or shorthand id. A rest that leaves the
// id out, another model's create, and a destructured lookup prove nothing.
export async function createdDestructured(organizationId: string, id: string) {
  const { tasks, ...project } = await prisma.project.create({ data: { organizationId }, include: { tasks: true } });
  await prisma.project.update({ where: { id: project.id }, data: {} });
  const { id: createdId } = await prisma.project.create({ data: { organizationId } });
  await prisma.project.delete({ where: { id: createdId } });
  const { ...task } = await prisma.task.create({ data: { projectId: project.id } });
  await prisma.project.update({ where: { id: task.id }, data: {} }); // want "update on tenant-scoped \"Project\" does not filter"
  const { id: firstId, ...withoutId } = await prisma.project.create({ data: { organizationId } });
  await prisma.project.update({ where: { id: withoutId.id }, data: {} }); // want "update on tenant-scoped \"Project\" does not filter"
  const { name, ...found } = await prisma.project.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Project\" does not filter"
  await prisma.project.update({ where: { id: found.id }, data: {} }); // want "update on tenant-scoped \"Project\" does not filter"
}

export async function createdShorthand(organizationId: string) {
  const { id } = await prisma.project.create({ data: { organizationId } });
  await prisma.project.update({ where: { id }, data: {} });
}

export async function lookedUpShorthand(slug: string) {
  const { id } = await prisma.project.findFirst({ where: { slug } }); // want "findFirst on tenant-scoped \"Project\" does not filter"
  await prisma.project.update({ where: { id }, data: {} }); // want "update on tenant-scoped \"Project\" does not filter"
}

// The key of a row picked in one expression from the tenant's rows (dub's
// link processing: const domainId = domains?.find((d) => …)?.id), the rows
// bound as `cond ? await findMany(…) : []`. With `?.` the key is undefined
// when nothing matches: a unique where refuses it, a list filter drops it
// and reaches every tenant. Rows of a lookup without the tenant prove
// nothing.
export async function pickedKey(organizationId: string, withProjects: boolean, name: string) {
  const projects = withProjects ? await prisma.project.findMany({ where: { organizationId } }) : [];
  const projectId = projects?.find((p) => p.name === name)?.id;
  await prisma.project.findUnique({ where: { id: projectId } });
  await prisma.task.findMany({ where: { projectId } }); // want "findMany on tenant-scoped \"Task\" does not filter"
  const sureId = projects.find((p) => p.name === name).id;
  await prisma.task.findMany({ where: { projectId: sureId } });
  const others = await lookUp();
  const otherId = others.find((p) => p.name === name).id;
  await prisma.project.findUnique({ where: { id: otherId } }); // want "findUnique on tenant-scoped \"Project\" does not filter"
  const listed = withProjects ? await prisma.project.findMany({ where: { name } }) : []; // want "findMany on tenant-scoped \"Project\" does not filter"
  const listedId = listed.find((p) => p.name === name).id;
  await prisma.project.update({ where: { id: listedId }, data: {} }); // want "update on tenant-scoped \"Project\" does not filter"
}

// A row picked in a sibling block is another row than the name's here.
export async function pickedInOtherBranch(organizationId: string, name: string, project: { id: string }, own: boolean) {
  const projects = await prisma.project.findMany({ where: { organizationId } });
  if (own) {
    const project = projects.find((p) => p.name === name);
    return prisma.task.findMany({ where: { projectId: project.id } });
  }
  return prisma.task.findMany({ where: { projectId: project.id } }); // want "findMany on tenant-scoped \"Task\" does not filter"
}

declare const prisma: any;
declare function buildWhere(): any;

// The ids of rows a query returned whose where the rule cannot see are as
// scoped as that where: the follow-up is for a human to judge as well, a
// notice, not an error of its own (dub's commission holds).
export async function holdTasks(filter: any) {
  const tasks = await prisma.task.findMany({ where: buildWhere() }); // want "cannot see the where of findMany on tenant-scoped \"Task\""
  await prisma.task.updateMany({ where: { id: { in: tasks.map((t) => t.id) } }, data: {} }); // want "cannot see whether \"tasks\", whose ids updateMany on tenant-scoped \"Task\" uses, are the tenant's rows"
  for (const task of tasks) {
    await prisma.note.deleteMany({ where: { taskId: task.id } }); // want "cannot see whether \"tasks\", whose ids deleteMany on tenant-scoped \"Note\" uses"
  }
  const first = await prisma.task.findFirst({ where: filter }); // want "cannot see the where of findFirst on tenant-scoped \"Task\""
  return prisma.task.delete({ where: { id: first.id } }); // want "cannot see whether \"first\", whose ids delete on tenant-scoped \"Task\" uses"
}

// Rows of a query the rule reads, without the tenant, prove nothing; nor
// do rows of an unseen query bound in a sibling block.
export async function holdTasksUnscoped(name: string, again: boolean, tasks: { id: string }[]) {
  const named = await prisma.task.findMany({ where: { name } }); // want "findMany on tenant-scoped \"Task\" does not filter"
  await prisma.task.updateMany({ where: { id: { in: named.map((t) => t.id) } }, data: {} }); // want "updateMany on tenant-scoped \"Task\" does not filter"
  if (again) {
    const tasks = await prisma.task.findMany({ where: buildWhere() }); // want "cannot see the where of findMany on tenant-scoped \"Task\""
    return tasks;
  }
  return prisma.task.updateMany({ where: { id: { in: tasks.map((t) => t.id) } }, data: {} }); // want "updateMany on tenant-scoped \"Task\" does not filter"
}

declare const prisma: any;
declare function canEditProjects(projectId: string, userId: string): any;

// An id given to the call that builds an earlier lookup's where, the
// function leaving when that lookup finds nothing, is as scoped as that
// where: for a human to judge, a notice, not an error of its own
// (typebot.io's where: canWriteTypebots(typebotId, user)).
export async function renameProject(projectId: string, userId: string, name: string) {
  const project = await prisma.project.findFirst({ where: canEditProjects(projectId, userId) }); // want "cannot see the where of findFirst on tenant-scoped \"Project\""
  if (!project) throw new Error("not found");
  return prisma.project.updateMany({ where: { id: projectId }, data: { name } }); // want "cannot see whether \"project\", whose ids updateMany on tenant-scoped \"Project\" uses"
}

// Also as a parent's key in a relation filter built as a const, after an
// exit that tests a part of the row.
export async function countNotes(projectId: string, userId: string) {
  const project = await prisma.project.findFirst({ where: canEditProjects(projectId, userId), select: { tasks: true } }); // want "cannot see the where of findFirst on tenant-scoped \"Project\""
  if (!project?.tasks) throw new Error("not found");
  const taskFilter = { projectId };
  return prisma.note.count({ where: { task: taskFilter } }); // want "cannot see whether \"project\", whose ids count on tenant-scoped \"Note\" uses"
}

// A lookup that throws when it finds nothing, and always runs first.
export async function renameOrThrow(projectId: string, userId: string) {
  const project = await prisma.project.findFirstOrThrow({ where: canEditProjects(projectId, userId) }); // want "cannot see the where of findFirstOrThrow on tenant-scoped \"Project\""
  return prisma.project.updateMany({ where: { id: projectId }, data: { name: project.name } }); // want "cannot see whether \"project\", whose ids updateMany on tenant-scoped \"Project\" uses"
}

// Near misses (and an OrThrow that runs only on one side of a ?:): no exit when the row is missing, an exit in a branch that
// may not run, an exit that also needs something else, another id than
// the one given, a lookup in a sibling block.
export async function renameNoExit(projectId: string, userId: string) {
  const project = await prisma.project.findFirst({ where: canEditProjects(projectId, userId) }); // want "cannot see the where of findFirst on tenant-scoped \"Project\""
  if (!project) console.log("not found");
  return prisma.project.updateMany({ where: { id: projectId }, data: {} }); // want "updateMany on tenant-scoped \"Project\" does not filter"
}

export async function renameExitInBranch(projectId: string, userId: string, strict: boolean) {
  const project = await prisma.project.findFirst({ where: canEditProjects(projectId, userId) }); // want "cannot see the where of findFirst on tenant-scoped \"Project\""
  if (strict) {
    if (!project) throw new Error("not found");
  }
  return prisma.project.updateMany({ where: { id: projectId }, data: {} }); // want "updateMany on tenant-scoped \"Project\" does not filter"
}

export async function renameExitWhenBoth(projectId: string, userId: string, strict: boolean) {
  const project = await prisma.project.findFirst({ where: canEditProjects(projectId, userId) }); // want "cannot see the where of findFirst on tenant-scoped \"Project\""
  if (!project && strict) throw new Error("not found");
  return prisma.project.updateMany({ where: { id: projectId }, data: {} }); // want "updateMany on tenant-scoped \"Project\" does not filter"
}

export async function renameOtherId(projectId: string, otherId: string, userId: string) {
  const project = await prisma.project.findFirst({ where: canEditProjects(projectId, userId) }); // want "cannot see the where of findFirst on tenant-scoped \"Project\""
  if (!project) throw new Error("not found");
  return prisma.project.updateMany({ where: { id: otherId }, data: {} }); // want "updateMany on tenant-scoped \"Project\" does not filter"
}

export async function renameSiblingBlock(projectId: string, userId: string, strict: boolean) {
  if (strict) {
    const project = await prisma.project.findFirst({ where: canEditProjects(projectId, userId) }); // want "cannot see the where of findFirst on tenant-scoped \"Project\""
    if (!project) throw new Error("not found");
  }
  return prisma.project.updateMany({ where: { id: projectId }, data: {} }); // want "updateMany on tenant-scoped \"Project\" does not filter"
}

export async function renameOrThrowMaybe(projectId: string, userId: string, strict: boolean) {
  const project = strict ? await prisma.project.findFirstOrThrow({ where: canEditProjects(projectId, userId) }) : null; // want "cannot see the where of findFirstOrThrow on tenant-scoped \"Project\""
  return prisma.project.updateMany({ where: { id: projectId }, data: { name: project?.name } }); // want "updateMany on tenant-scoped \"Project\" does not filter"
}

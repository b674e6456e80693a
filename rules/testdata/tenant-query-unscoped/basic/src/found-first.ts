import { prisma } from "./lib/db";

class NotFound extends Error {}

// A lookup with the tenant proves an id only if the call runs when it
// found its row: for another tenant's id it finds nothing, and a write
// after it with no test changes that tenant's row.
export async function unchecked(projectId: string, organizationId: string) {
  await prisma.project.findFirst({ where: { id: projectId, organizationId } });
  await prisma.project.update({ where: { id: projectId }, data: {} }); // want "update on tenant-scoped \"Project\" does not filter"
  const project = await prisma.project.findFirst({ where: { id: projectId, organizationId } });
  await prisma.task.deleteMany({ where: { projectId } }); // want "deleteMany on tenant-scoped \"Task\" does not filter"
  if (!project) {
    console.log("missing");
  }
  await prisma.task.deleteMany({ where: { projectId } }); // want "deleteMany on tenant-scoped \"Task\" does not filter"
  return project;
}

export async function tested(projectId: string, organizationId: string) {
  const project = await prisma.project.findFirst({ where: { id: projectId, organizationId } });
  if (!project) throw new NotFound();
  await prisma.task.deleteMany({ where: { projectId } });
}

export async function testedInBranch(projectId: string, organizationId: string) {
  const project = await prisma.project.findUnique({ where: { id: projectId, organizationId } });
  if (project) {
    await prisma.task.deleteMany({ where: { projectId } });
  }
  await prisma.task.deleteMany({ where: { projectId } }); // want "deleteMany on tenant-scoped \"Task\" does not filter"
}

// An OrThrow lookup, or a single-row write, throws when there is no row;
// a bulk read finds an empty list without a word.
export async function throwing(projectId: string, organizationId: string) {
  await prisma.project.findFirstOrThrow({ where: { id: projectId, organizationId } });
  await prisma.task.deleteMany({ where: { projectId } });
}

export async function updatedFirst(projectId: string, organizationId: string) {
  await prisma.project.update({ where: { id: projectId, organizationId }, data: {} });
  await prisma.task.deleteMany({ where: { projectId } });
}

export async function listedFirst(projectId: string, organizationId: string) {
  await prisma.project.findMany({ where: { id: projectId, organizationId } });
  await prisma.task.deleteMany({ where: { projectId } }); // want "deleteMany on tenant-scoped \"Task\" does not filter"
}

// A count or a bulk write proves the id when the function leaves on zero.
export async function counted(projectId: string, organizationId: string) {
  const n = await prisma.project.count({ where: { id: projectId, organizationId } });
  if (n === 0) return;
  await prisma.task.deleteMany({ where: { projectId } });
}

export async function countedNoExit(projectId: string, organizationId: string) {
  const n = await prisma.project.count({ where: { id: projectId, organizationId } });
  if (n > 1) return;
  await prisma.task.deleteMany({ where: { projectId } }); // want "deleteMany on tenant-scoped \"Task\" does not filter"
}

export async function bulkWritten(projectId: string, organizationId: string) {
  const { count: moved } = await prisma.project.updateMany({ where: { id: projectId, organizationId }, data: {} });
  if (!moved) throw new NotFound();
  await prisma.task.deleteMany({ where: { projectId } });
}

export async function bulkWrittenUnchecked(projectId: string, organizationId: string) {
  const { count } = await prisma.project.updateMany({ where: { id: projectId, organizationId }, data: {} });
  await prisma.task.deleteMany({ where: { projectId } }); // want "deleteMany on tenant-scoped \"Task\" does not filter"
  return count;
}

// The tenant's own row looked up with the id among its rows: null when
// the id is another tenant's.
export async function heldByTenant(projectId: string, organizationId: string) {
  const org = await prisma.organization.findUnique({ where: { id: organizationId, projects: { some: { id: projectId } } } });
  if (!org) throw new NotFound();
  await prisma.task.deleteMany({ where: { projectId } });
}

export async function heldByTenantUnchecked(projectId: string, organizationId: string) {
  const org = await prisma.organization.findUnique({ where: { id: organizationId, projects: { some: { id: projectId } } } });
  await prisma.task.deleteMany({ where: { projectId } }); // want "deleteMany on tenant-scoped \"Task\" does not filter"
  return org;
}

// A lookup and its test inside a try whose catch leaves: the code after
// the try runs only when the row was found. A catch that carries on
// lets a failed lookup through.
export async function triedFirst(projectId: string, organizationId: string) {
  try {
    const project = await prisma.project.findFirst({ where: { id: projectId, organizationId } });
    if (!project) return null;
  } catch (error) {
    return null;
  }
  await prisma.task.deleteMany({ where: { projectId } });
}

export async function triedFirstCarriesOn(projectId: string, organizationId: string) {
  try {
    const project = await prisma.project.findFirst({ where: { id: projectId, organizationId } });
    if (!project) return null;
  } catch (error) {
    console.error(error);
  }
  await prisma.task.deleteMany({ where: { projectId } }); // want "deleteMany on tenant-scoped \"Task\" does not filter"
}

export async function triedThrowing(projectId: string, organizationId: string) {
  try {
    await prisma.project.findFirstOrThrow({ where: { id: projectId, organizationId } });
  } catch {
    throw new NotFound();
  }
  await prisma.task.deleteMany({ where: { projectId } });
}

export async function triedThrowingSwallowed(projectId: string, organizationId: string) {
  try {
    await prisma.project.findFirstOrThrow({ where: { id: projectId, organizationId } }).catch(() => null);
  } catch {
    throw new NotFound();
  }
  await prisma.task.deleteMany({ where: { projectId } }); // want "deleteMany on tenant-scoped \"Task\" does not filter"
}

export async function triedUntested(projectId: string, organizationId: string) {
  try {
    const project = await prisma.project.findFirst({ where: { id: projectId, organizationId } });
    console.log(project);
  } catch (error) {
    return null;
  }
  await prisma.task.deleteMany({ where: { projectId } }); // want "deleteMany on tenant-scoped \"Task\" does not filter"
}

// The same const tested twice: the second branch runs only if the first
// did, and the first left unless the project was found.
export async function sameTest(input: { projectId?: string }, organizationId: string) {
  const { projectId } = input;
  if (projectId) {
    const project = await prisma.project.findFirst({ where: { id: projectId, organizationId } });
    if (!project) throw new NotFound();
  }
  if (projectId) {
    await prisma.task.deleteMany({ where: { projectId } });
  }
}

export async function sameTestOfLet(input: { projectId?: string }, organizationId: string) {
  let { projectId } = input;
  if (projectId) {
    const project = await prisma.project.findFirst({ where: { id: projectId, organizationId } });
    if (!project) throw new NotFound();
  }
  projectId = input.projectId;
  if (projectId) {
    await prisma.task.deleteMany({ where: { projectId } }); // want "deleteMany on tenant-scoped \"Task\" does not filter"
  }
}

export async function otherTest(input: { projectId: string; move?: boolean }, organizationId: string) {
  const { projectId, move } = input;
  if (move) {
    const project = await prisma.project.findFirst({ where: { id: projectId, organizationId } });
    if (!project) throw new NotFound();
  }
  if (projectId) {
    await prisma.task.deleteMany({ where: { projectId } }); // want "deleteMany on tenant-scoped \"Task\" does not filter"
  }
}

export async function sameTestNoExit(input: { projectId?: string }, organizationId: string) {
  const { projectId } = input;
  if (projectId) {
    const project = await prisma.project.findFirst({ where: { id: projectId, organizationId } });
    console.log(project);
  }
  if (projectId) {
    await prisma.task.deleteMany({ where: { projectId } }); // want "deleteMany on tenant-scoped \"Task\" does not filter"
  }
}

// A let may hold another row by the time it is tested.
export async function triedLet(projectId: string, organizationId: string, otherId: string) {
  try {
    let project = await prisma.project.findFirst({ where: { id: projectId, organizationId } });
    project = await prisma.project.findFirst({ where: { id: otherId, organizationId } });
    if (!project) return null;
  } catch (error) {
    return null;
  }
  await prisma.task.deleteMany({ where: { projectId } }); // want "deleteMany on tenant-scoped \"Task\" does not filter"
}

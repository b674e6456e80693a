declare const prisma: any;
declare function nextProjectId(): string;

// A key checked with the tenant, then read again from the object it was
// taken from: a getter (or a method) there may give another value the
// second time.
export async function clearTasks(organizationId: string, ids: string[]) {
  let i = 0;
  const input = {
    get projectId() {
      return ids[i++];
    },
  };
  const projectId = input.projectId;
  await prisma.project.findFirstOrThrow({ where: { id: projectId, organizationId } });
  return prisma.task.deleteMany({ where: { projectId: input.projectId } }); // want "deleteMany on tenant-scoped \"Task\" does not filter by the tenant"
}

export class Cursor {
  get projectId() {
    return nextProjectId();
  }
}

export async function clearCursor(organizationId: string, cursor: Cursor) {
  const projectId = cursor.projectId;
  await prisma.project.findFirstOrThrow({ where: { id: projectId, organizationId } });
  return prisma.task.deleteMany({ where: { projectId: cursor.projectId } }); // want "deleteMany on tenant-scoped \"Task\" does not filter by the tenant"
}

export async function clearCalled(organizationId: string, req: { params(): { projectId: string } }) {
  const projectId = req.params().projectId;
  await prisma.project.findFirstOrThrow({ where: { id: projectId, organizationId } });
  return prisma.task.deleteMany({ where: { projectId: req.params().projectId } }); // want "deleteMany on tenant-scoped \"Task\" does not filter by the tenant"
}

// Twin: a plain object read twice.
export async function clearPlain(organizationId: string, req: { query: { projectId: string } }) {
  const projectId = req.query.projectId;
  await prisma.project.findFirstOrThrow({ where: { id: projectId, organizationId } });
  return prisma.task.deleteMany({ where: { projectId: req.query.projectId } });
}

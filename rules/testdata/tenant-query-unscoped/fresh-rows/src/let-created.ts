declare const db: any;
declare function enqueue(id: string): Promise<void>;

// A let only ever given a project just created in the workspace, in a try
// whose catch leaves (marble's import jobs): its id is a row of the
// workspace, or reading it throws.
export async function startImport(workspaceId: string) {
  let project: { id: string };
  try {
    project = await db.project.create({ data: { workspaceId }, select: { id: true } });
  } catch {
    return null;
  }
  try {
    await enqueue(project.id);
  } catch {
    await db.project.update({ where: { id: project.id }, data: { status: "failed" } });
  }
  return db.project.delete({ where: { id: project!.id } });
}

// Near misses: the catch fills the let from the request, the key may be
// undefined, the let is also given another row, or the create has no
// workspace.
export async function filledOtherwise(workspaceId: string, body: { id: string }) {
  let project: { id: string };
  try {
    project = await db.project.create({ data: { workspaceId } });
  } catch {
    project = { id: body.id };
  }
  return db.project.update({ where: { id: project.id }, data: {} }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
}

export async function maybeUndefined(workspaceId: string) {
  let project: { id: string } | undefined;
  try {
    project = await db.project.create({ data: { workspaceId } });
  } catch {
    console.warn("not made");
  }
  return db.project.updateMany({ where: { id: project?.id }, data: {} }); // want "updateMany on tenant-scoped \"Project\" does not filter by the tenant"
}

export async function otherRow(workspaceId: string, id: string) {
  let project: { id: string };
  project = await db.project.create({ data: { workspaceId } });
  project = await db.project.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Project\" does not filter by the tenant"
  return db.project.delete({ where: { id: project.id } }); // want "delete on tenant-scoped \"Project\" does not filter by the tenant"
}

export async function noWorkspace(data: { workspaceId?: string }) {
  let project: { id: string };
  project = await db.project.create({ data: { name: "x" } });
  return db.project.delete({ where: { id: project.id } }); // want "delete on tenant-scoped \"Project\" does not filter by the tenant"
}

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

// A project just made links an environment by its id, a const or a let;
// not once its id was set, merged from the request or handed to a helper
// that sets it.
function refillId(row: { id: string }, id: string) {
  row.id = id;
}

export async function linkMade(workspaceId: string) {
  const made = await db.project.create({ data: { workspaceId } });
  await db.environment.create({ data: { projectId: made.id, name: "a" } });
  let later: { id: string };
  try {
    later = await db.project.create({ data: { workspaceId } });
  } catch {
    return null;
  }
  return db.environment.create({ data: { projectId: later.id, name: "b" } });
}

export async function linkChanged(workspaceId: string, body: { id: string }) {
  const set = await db.project.create({ data: { workspaceId } });
  set.id = body.id;
  await db.environment.create({ data: { projectId: set.id, name: "a" } }); // want "create on \"Environment\" links a \"Project\" by \"projectId\" alone"
  const refilled = await db.project.create({ data: { workspaceId } });
  refillId(refilled, body.id);
  await db.environment.create({ data: { projectId: refilled.id, name: "b" } }); // want "create on \"Environment\" links a \"Project\" by \"projectId\" alone"
  let merged: { id: string };
  merged = await db.project.create({ data: { workspaceId } });
  Object.assign(merged, body);
  await db.environment.create({ data: { projectId: merged.id, name: "c" } }); // want "create on \"Environment\" links a \"Project\" by \"projectId\" alone"
  let handed: { id: string };
  handed = await db.project.create({ data: { workspaceId } });
  refillId(handed, body.id);
  return db.environment.create({ data: { projectId: handed.id, name: "d" } }); // want "create on \"Environment\" links a \"Project\" by \"projectId\" alone"
}

// The create given unawaited: the let holds a promise, whose id is
// undefined, and the deleteMany's filter is dropped.
export async function unawaitedCreate(workspaceId: string) {
  let project: any;
  project = db.project.create({ data: { workspaceId } });
  return db.project.deleteMany({ where: { id: project.id } }); // want "deleteMany on tenant-scoped \"Project\" does not filter by the tenant"
}

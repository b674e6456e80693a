declare const db: any;

// A let only given a project just made, then changed before the write:
// merged with the request, written through another name, handed to a
// helper of the file that sets its id, or through a list holding it.

export async function assigned(workspaceId: string, body: { id: string }) {
  let project: { id: string };
  try {
    project = await db.project.create({ data: { workspaceId } });
  } catch {
    return null;
  }
  Object.assign(project, body);
  return db.project.update({ where: { id: project.id }, data: {} }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
}

export async function aliased(workspaceId: string, body: { id: string }) {
  let project: { id: string };
  try {
    project = await db.project.create({ data: { workspaceId } });
  } catch {
    return null;
  }
  const p = project;
  p.id = body.id;
  return db.project.update({ where: { id: project.id }, data: {} }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
}

function refill(row: { id: string }, id: string) {
  row.id = id;
}

export async function helperWrites(workspaceId: string, body: { id: string }) {
  let project: { id: string };
  try {
    project = await db.project.create({ data: { workspaceId } });
  } catch {
    return null;
  }
  refill(project, body.id);
  return db.project.update({ where: { id: project.id }, data: {} }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
}

export async function pushedAndChanged(workspaceId: string, body: { id: string }) {
  let project: { id: string };
  try {
    project = await db.project.create({ data: { workspaceId } });
  } catch {
    return null;
  }
  const rows = [project];
  rows[0].id = body.id;
  return db.project.update({ where: { id: project.id }, data: {} }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
}

export async function constHelperWrites(workspaceId: string, body: { id: string }) {
  const project = await db.project.create({ data: { workspaceId } });
  refill(project, body.id);
  return db.project.update({ where: { id: project.id }, data: {} }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
}

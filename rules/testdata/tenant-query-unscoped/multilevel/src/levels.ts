// A tenant model under a higher tenant is judged against it, like any
// scoped model (Teable's Base under spaceId, trigger.dev's Project under
// organizationId).
export async function projects(db: any, organizationId: string, name: string) {
  await db.project.findMany({ where: { organizationId, deletedAt: null } });
  await db.project.findMany({ where: { organization: { id: organizationId } } });
  await db.project.findMany({ where: { deletedAt: null } }); // want "findMany on tenant-scoped \"Project\" does not filter by the tenant; add organizationId to its where$"
  await db.project.count(); // want "count on tenant-scoped \"Project\" has no where; add where: \\{ organizationId \\}"
  await db.project.updateMany({ where: { name }, data: { name: "x" } }); // want "updateMany on tenant-scoped \"Project\" does not filter by the tenant"
  await db.project.deleteMany({ where: { OR: [{ organizationId }, { name }] } }); // want "deleteMany on tenant-scoped \"Project\" has an OR branch without the tenant"
}

// Its own key is the value of the tenant below (projectId): the rule takes
// a tenant value at its word at every level, so the caller holding it is
// that project's caller, as for organization.findUnique({ where: { id } }).
// A key that is not unique, or that excludes, names no project.
export async function projectById(db: any, projectId: string, slug: string, ids: string[]) {
  await db.project.findUnique({ where: { id: projectId } });
  await db.project.update({ where: { id: projectId }, data: { name: "x" } });
  await db.project.findFirst({ where: { slug } });
  await db.project.findMany({ where: { id: { in: ids } } });
  await db.project.findFirst({ where: { name: slug } }); // want "findFirst on tenant-scoped \"Project\" does not filter by the tenant"
  await db.project.findMany({ where: { id: { not: projectId } } }); // want "findMany on tenant-scoped \"Project\" does not filter by the tenant"
  await db.project.findUnique({ where: { id: undefined } }); // want "findUnique on tenant-scoped \"Project\" filters by a tenant value that may be undefined"
}

// Three levels: an environment belongs to a project, which belongs to an
// organization; either one scopes it.
export async function environments(db: any, projectId: string, organizationId: string, environmentId: string) {
  await db.environment.findMany({ where: { projectId } });
  await db.environment.findMany({ where: { project: { organizationId } } });
  await db.environment.findUnique({ where: { id: environmentId } });
  await db.environment.findMany({ where: { type: "PROD" } }); // want "findMany on tenant-scoped \"Environment\" does not filter by the tenant; add projectId to its where$"
  await db.environment.findMany({ where: { project: { name: "x" } } }); // want "findMany on tenant-scoped \"Environment\" does not filter by the tenant"
  await db.deployment.findMany({ where: { environment: { projectId } } });
  await db.deployment.findMany({ where: { version: "1" } }); // want "findMany on tenant-scoped \"Deployment\" does not filter by the tenant; add environmentId to its where$"
}

// A tenant without a tenant field of its own, scoped through its required
// team: judged against the team's organization.
export async function workspaces(db: any, organizationId: string, workspaceId: string, teamId: string, name: string) {
  await db.workspace.findMany({ where: { team: { organizationId } } });
  await db.workspace.findUnique({ where: { id: workspaceId } });
  await db.doc.findMany({ where: { workspaceId } });
  await db.workspace.findMany({ where: { name } }); // want "findMany on tenant-scoped \"Workspace\" does not filter by the tenant; add team: \\{ organizationId \\} to its where$"
  await db.workspace.findMany({ where: { teamId } }); // want "findMany on tenant-scoped \"Workspace\" does not filter by the tenant"
}

// The top tenant is not judged, its parent organization being no higher
// tenant; a where built elsewhere on a judged tenant is a notice.
export async function top(db: any, where: any) {
  await db.organization.findMany();
  await db.organization.findMany({ where: { organizationId: null } });
  await db.project.findMany({ where }); // want "cannot see the where of findMany on tenant-scoped \"Project\""
}

// A tenant whose required owner is the top tenant under another name: the
// owner's key scopes it, another key does not.
export async function folders(db: any, ownerId: string, folderId: string, name: string) {
  await db.folder.findMany({ where: { ownerId } });
  await db.folder.findMany({ where: { owner: { id: ownerId } } });
  await db.folder.findUnique({ where: { id: folderId } });
  await db.file.findMany({ where: { folderId } });
  await db.folder.findMany({ where: { name } }); // want "findMany on tenant-scoped \"Folder\" does not filter by the tenant; add ownerId to its where$"
  await db.file.findMany({ where: { folder: { name } } }); // want "findMany on tenant-scoped \"File\" does not filter by the tenant; add folderId to its where$"
}

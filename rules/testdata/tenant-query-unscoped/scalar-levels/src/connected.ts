import { db } from "./db";

// The report takes its project from the dashboard it links, the project
// written through the relation (Chaindesk's leads: `organization: {
// connect: { id: agent.organizationId } }` beside `agent: { connect: { id:
// agentId } }`): both rows are in one project, whoever's it is.
export async function connectedByKey(dashboardId: string) {
  const dashboard = await db.dashboard.findUniqueOrThrow({ where: { id: dashboardId } }); // want "findUniqueOrThrow on tenant-scoped \"Dashboard\""
  await db.report.create({ data: { project: { connect: { id: dashboard.projectId } }, dashboard: { connect: { id: dashboardId } } } });
  await db.report.create({ data: { project: { connect: { id: dashboard.projectId } }, dashboardId } });
  await db.report.create({ data: { project: { connect: { id: dashboard.projectId } }, dashboard: { connect: { id: dashboard.id } } } });
}

// Near misses: the project of another dashboard, a dashboard found by
// another key, the key changed after the lookup, a project given apart
// from the dashboard.
export async function connectedOtherwise(dashboardId: string, otherId: string, projectId: string) {
  const dashboard = await db.dashboard.findUniqueOrThrow({ where: { id: dashboardId } }); // want "findUniqueOrThrow on tenant-scoped \"Dashboard\""
  const other = await db.dashboard.findUniqueOrThrow({ where: { id: otherId } }); // want "findUniqueOrThrow on tenant-scoped \"Dashboard\""
  await db.report.create({ data: { project: { connect: { id: other.projectId } }, dashboard: { connect: { id: dashboardId } } } }); // want "create on \"Report\" links a \"Dashboard\" by { id } alone"
  await db.report.create({ data: { project: { connect: { id: dashboard.projectId } }, dashboard: { connect: { id: otherId } } } }); // want "create on \"Report\" links a \"Dashboard\" by { id } alone"
  await db.report.create({ data: { project: { connect: { id: projectId } }, dashboard: { connect: { id: dashboardId } } } }); // want "create on \"Report\" links a \"Dashboard\" by { id } alone"
  await db.report.create({ data: { project: { connect: { id: dashboard.projectId } }, dashboard: { connect: { id: other.id } } } }); // want "create on \"Report\" links a \"Dashboard\" by { id } alone"
  dashboardId = otherId;
  await db.report.create({ data: { project: { connect: { id: dashboard.projectId } }, dashboard: { connect: { id: dashboardId } } } }); // want "create on \"Report\" links a \"Dashboard\" by { id } alone"
}

// Near misses: the dashboard's project set after the lookup (through the
// row, another name for it, or Object.assign), a loop's own dashboardId
// hiding the one looked up.
export async function connectedChanged(dashboardId: string, projectId: string, others: string[]) {
  const dashboard = await db.dashboard.findUniqueOrThrow({ where: { id: dashboardId } }); // want "findUniqueOrThrow on tenant-scoped \"Dashboard\""
  const same = dashboard;
  same.projectId = projectId;
  await db.report.create({ data: { project: { connect: { id: dashboard.projectId } }, dashboardId } }); // want "create on \"Report\" links a \"Dashboard\" by \"dashboardId\" alone"
  for (const dashboardId of others) {
    await db.report.create({ data: { project: { connect: { id: dashboard.projectId } }, dashboard: { connect: { id: dashboardId } } } }); // want "create on \"Report\" links a \"Dashboard\" by { id } alone"
  }
}

export async function connectedSet(dashboardId: string, projectId: string) {
  const dashboard = await db.dashboard.findUniqueOrThrow({ where: { id: dashboardId } }); // want "findUniqueOrThrow on tenant-scoped \"Dashboard\""
  dashboard.projectId = projectId;
  await db.report.create({ data: { project: { connect: { id: dashboard.projectId } }, dashboard: { connect: { id: dashboardId } } } }); // want "create on \"Report\" links a \"Dashboard\" by { id } alone"
}

export async function connectedAssigned(dashboardId: string, projectId: string) {
  const dashboard = await db.dashboard.findUniqueOrThrow({ where: { id: dashboardId } }); // want "findUniqueOrThrow on tenant-scoped \"Dashboard\""
  Object.assign(dashboard, { projectId });
  await db.report.create({ data: { project: { connect: { id: dashboard.projectId } }, dashboardId } }); // want "create on \"Report\" links a \"Dashboard\" by \"dashboardId\" alone"
}

// Near misses of a report taking the project of the dashboard it links:
// the dashboard's project set first, through it or another name for it.
export async function takenChanged(dashboard: { id: string; projectId: string }, projectId: string) {
  dashboard.projectId = projectId;
  await db.report.create({ data: { project: { connect: { id: dashboard.projectId } }, dashboard: { connect: { id: dashboard.id } } } }); // want "create on \"Report\" links a \"Dashboard\" by { id } alone"
}

export async function takenAliased(dashboard: { id: string; projectId: string }, projectId: string) {
  const same = dashboard;
  same.projectId = projectId;
  await db.report.create({ data: { projectId: dashboard.projectId, dashboard: { connect: { id: dashboard.id } } } }); // want "create on \"Report\" links a \"Dashboard\" by { id } alone"
}

// Near miss: the key looked up reassigned by a closure run between the
// lookup and the write.
export async function connectedReset(dashboardId: string, otherId: string) {
  const reset = () => {
    dashboardId = otherId;
  };
  const dashboard = await db.dashboard.findUniqueOrThrow({ where: { id: dashboardId } }); // want "findUniqueOrThrow on tenant-scoped \"Dashboard\""
  reset();
  await db.report.create({ data: { project: { connect: { id: dashboard.projectId } }, dashboardId } }); // want "create on \"Report\" links a \"Dashboard\" by \"dashboardId\" alone"
}

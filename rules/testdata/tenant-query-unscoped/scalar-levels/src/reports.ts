import { db } from "./db";

// A report written into the project of the dashboard its key found
// (openpanel): the tenant field both rows carry is the project's.
export async function createReport(dashboardId: string, projectId: string) {
  const dashboard = await db.dashboard.findUniqueOrThrow({ where: { id: dashboardId } }); // want "findUniqueOrThrow on tenant-scoped \"Dashboard\""
  await db.report.create({ data: { projectId: dashboard.projectId, dashboardId } });
  await db.report.create({ data: { projectId, dashboardId } }); // want "create on \"Report\" links a \"Dashboard\" by \"dashboardId\" alone"
}

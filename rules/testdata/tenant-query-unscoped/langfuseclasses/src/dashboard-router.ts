import { prisma } from "./db";
import { DashboardService } from "./dashboard-service";

// The clone was created in the project: its id, copied through the
// schema, is the project's dashboard.
export async function cloneAsHome(projectId: string, name: string) {
  const clonedDashboard = await DashboardService.createDashboard(projectId, name);
  await prisma.project.update({
    where: { id: projectId },
    data: { homeDashboardId: clonedDashboard.id },
  });
}

export async function renamedAsHome(projectId: string, name: string) {
  const cloned = await DashboardService.createRenamed(projectId, name);
  await prisma.project.update({
    where: { id: projectId },
    data: { homeDashboardId: cloned.id }, // want "links a \"Dashboard\" by \"homeDashboardId\" alone"
  });
}

export async function preprocessedAsHome(projectId: string, name: string) {
  const cloned = await DashboardService.createPreprocessed(projectId, name);
  await prisma.project.update({
    where: { id: projectId },
    data: { homeDashboardId: cloned.id }, // want "links a \"Dashboard\" by \"homeDashboardId\" alone"
  });
}

export async function overriddenAsHome(projectId: string, name: string, id: string) {
  const cloned = await DashboardService.createOverridden(projectId, name, id);
  await prisma.project.update({
    where: { id: projectId },
    data: { homeDashboardId: cloned.id }, // want "links a \"Dashboard\" by \"homeDashboardId\" alone"
  });
}

export async function plainAsHome(projectId: string, name: string) {
  const created = await DashboardService.createPlain(projectId, name);
  await prisma.project.update({
    where: { id: projectId },
    data: { homeDashboardId: created.id },
  });
}

export async function auditedAsHome(projectId: string, name: string) {
  const cloned = await DashboardService.createAudited(projectId, name);
  await prisma.project.update({
    where: { id: projectId },
    data: { homeDashboardId: cloned.id }, // want "links a \"Dashboard\" by \"homeDashboardId\" alone"
  });
}

export async function globalAsHome(projectId: string, name: string) {
  const cloned = await DashboardService.createGlobal(name);
  await prisma.project.update({
    where: { id: projectId },
    data: { homeDashboardId: cloned.id }, // want "links a \"Dashboard\" by \"homeDashboardId\" alone"
  });
}

export async function movedAsHome(projectId: string, name: string, other: string) {
  const cloned = await DashboardService.createMoved(projectId, name, other);
  await prisma.project.update({
    where: { id: projectId },
    data: { homeDashboardId: cloned.id }, // want "links a \"Dashboard\" by \"homeDashboardId\" alone"
  });
}

export async function constructedAsHome(projectId: string, name: string) {
  const cloned = await DashboardService.createConstructed(projectId, name);
  await prisma.project.update({
    where: { id: projectId },
    data: { homeDashboardId: cloned.id }, // want "links a \"Dashboard\" by \"homeDashboardId\" alone"
  });
}

export async function deepAsHome(projectId: string, name: string) {
  const cloned = await DashboardService.createDeep(projectId, name);
  await prisma.project.update({
    where: { id: projectId },
    data: { homeDashboardId: cloned.id }, // want "links a \"Dashboard\" by \"homeDashboardId\" alone"
  });
}

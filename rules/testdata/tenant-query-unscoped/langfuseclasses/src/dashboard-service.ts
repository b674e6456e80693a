import { prisma } from "./db";
import { audit, Audit, auditing } from "./unread";
import { DashboardDomainSchema, RenamedDashboardSchema, PreprocessedDashboardSchema } from "./dashboard-types";

export class DashboardService {
  // The created row, copied through an object schema that keeps its id.
  public static async createDashboard(projectId: string, name: string, description = "", filters?: string[]) {
    const newDashboard = await prisma.dashboard.create({
      data: { name, projectId, ...(filters !== undefined && { filters }) },
    });
    return DashboardDomainSchema.parse({
      ...newDashboard,
      owner: newDashboard.projectId ? "PROJECT" : "LANGFUSE",
    });
  }

  // The created row itself.
  public static async createPlain(projectId: string, name: string) {
    const newDashboard = await prisma.dashboard.create({
      data: { name, projectId },
    });
    return newDashboard;
  }

  // Hands the row to a function of a module the rule cannot read.
  public static async createAudited(projectId: string, name: string) {
    const newDashboard = await prisma.dashboard.create({
      data: { name, projectId },
    });
    audit(newDashboard);
    return DashboardDomainSchema.parse({ ...newDashboard, owner: "PROJECT" });
  }

  // A spread after the tenant may give another project.
  public static async createMoved(projectId: string, name: string, other?: string) {
    const newDashboard = await prisma.dashboard.create({
      data: { name, projectId, ...(other !== undefined && { projectId: other }) },
    });
    return DashboardDomainSchema.parse({ ...newDashboard, owner: "PROJECT" });
  }

  // Made in no project.
  public static async createGlobal(name: string) {
    const newDashboard = await prisma.dashboard.create({
      data: { name },
    });
    return DashboardDomainSchema.parse({ ...newDashboard, owner: "LANGFUSE" });
  }

  // The schema rewrites the id.
  public static async createRenamed(projectId: string, name: string) {
    const newDashboard = await prisma.dashboard.create({
      data: { name, projectId },
    });
    return RenamedDashboardSchema.parse({ ...newDashboard });
  }

  // A preprocess gives the id another value.
  public static async createPreprocessed(projectId: string, name: string) {
    const newDashboard = await prisma.dashboard.create({
      data: { name, projectId },
    });
    return PreprocessedDashboardSchema.parse(newDashboard);
  }

  // The object parsed gives its own id after the spread.
  public static async createOverridden(projectId: string, name: string, id: string) {
    const newDashboard = await prisma.dashboard.create({
      data: { name, projectId },
    });
    return DashboardDomainSchema.parse({ ...newDashboard, id, owner: "PROJECT" });
  }

  // Hands the row to a class of a module the rule cannot read.
  public static async createConstructed(projectId: string, name: string) {
    const newDashboard = await prisma.dashboard.create({
      data: { name, projectId },
    });
    new Audit(newDashboard);
    return DashboardDomainSchema.parse({ ...newDashboard, owner: "PROJECT" });
  }

  // Hands the row to a method two names deep into an unread module.
  public static async createDeep(projectId: string, name: string) {
    const newDashboard = await prisma.dashboard.create({
      data: { name, projectId },
    });
    auditing.deep.record(newDashboard);
    return DashboardDomainSchema.parse({ ...newDashboard, owner: "PROJECT" });
  }
}

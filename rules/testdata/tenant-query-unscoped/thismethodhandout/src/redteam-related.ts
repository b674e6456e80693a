import { PrismaClient } from "@prisma/client";
import { AuditService, Logger } from "./services";

type Input = { taskId: string; orgId: number; title: string };

// A this-method hands an injected service a related row of the row it
// checks, before the comparison that reads that related row: the
// service may set the related row's tenant to the caller's.
export class TaskService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly audit: AuditService,
    private readonly logger: Logger,
  ) {}

  private async getChecked(id: string, orgId: number) {
    const task = await this.prisma.task.findUnique({ where: { id }, include: { project: true } }); // want "findUnique on tenant-scoped \"Task\" does not filter by the tenant"
    if (!task) throw new Error("not found");
    this.audit.record(task.project);
    if (task.project.organizationId !== orgId) throw new Error("not found");
    return task;
  }

  private async getCheckedInObject(id: string, orgId: number) {
    const task = await this.prisma.task.findUnique({ where: { id }, include: { project: true } }); // want "findUnique on tenant-scoped \"Task\" does not filter by the tenant"
    if (!task) throw new Error("not found");
    this.logger.log("read", { project: task.project });
    if (task.project.organizationId !== orgId) throw new Error("not found");
    return task;
  }

  // Twin kept quiet: the related row's scalar fields only (the caller's
  // write is reported: a method comparing through an include is not read
  // as a checking one).
  private async getCheckedFields(id: string, orgId: number) {
    const task = await this.prisma.task.findUnique({ where: { id }, include: { project: true } });
    if (!task) throw new Error("not found");
    this.logger.log("read", { projectId: task.project.id, name: task.project.name });
    if (task.project.organizationId !== orgId) throw new Error("not found");
    return task;
  }

  async rename(input: Input) {
    const t = await this.getChecked(input.taskId, input.orgId);
    await this.prisma.task.update({ where: { id: t.id }, data: { title: input.title } }); // want "update on tenant-scoped \"Task\" does not filter by the tenant"
  }

  async renameInObject(input: Input) {
    const t = await this.getCheckedInObject(input.taskId, input.orgId);
    await this.prisma.task.update({ where: { id: t.id }, data: { title: input.title } }); // want "update on tenant-scoped \"Task\" does not filter by the tenant"
  }

  async renameFields(input: Input) {
    const t = await this.getCheckedFields(input.taskId, input.orgId);
    await this.prisma.task.update({ where: { id: t.id }, data: { title: input.title } }); // want "update on tenant-scoped \"Task\" does not filter by the tenant"
  }
}

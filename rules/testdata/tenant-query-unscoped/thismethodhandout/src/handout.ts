import { PrismaClient } from "@prisma/client";
import { AuditService, EventBus, Logger, CacheKeys, audit } from "./services";

type Input = { projectId: string; orgId: number; title: string };

// Methods of the class that hand the row they found to an injected
// service before the check or before they return it: the service's code
// is not read, and may change the row's id, now or later.
export class ProjectService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly audit: AuditService,
    private readonly events: EventBus,
  ) {}

  private async getChecked(id: string, orgId: number) {
    const row = await this.prisma.project.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Project\" does not filter by the tenant"
    this.audit.record(row);
    if (!row || row.organizationId !== orgId) throw new Error("not found");
    return row;
  }

  private async getScoped(id: string, orgId: number) {
    const row = await this.prisma.project.findFirst({ where: { id, organizationId: orgId } });
    if (!row) throw new Error("not found");
    await this.events.emit("project.read", row);
    return row;
  }

  private async getHandedOn(id: string, orgId: number) {
    const row = await this.prisma.project.findUnique({ where: { id } });
    if (!row || row.organizationId !== orgId) throw new Error("not found");
    [row].forEach(this.audit.record);
    return row;
  }

  private async getAliased(id: string, orgId: number) {
    const row = await this.prisma.project.findUnique({ where: { id } });
    if (!row || row.organizationId !== orgId) throw new Error("not found");
    const auditor = this.audit;
    auditor.record(row);
    return row;
  }

  private async assertOwn(id: string, orgId: number) {
    const row = await this.prisma.project.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Project\" does not filter by the tenant"
    this.audit.record(row);
    if (!row || row.organizationId !== orgId) throw new Error("not found");
  }

  private async assertOwnImported(id: string, orgId: number) {
    const row = await this.prisma.project.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Project\" does not filter by the tenant"
    audit(row);
    if (!row || row.organizationId !== orgId) throw new Error("not found");
  }

  async renameChecked(input: Input) {
    const p = await this.getChecked(input.projectId, input.orgId);
    await this.prisma.project.update({ where: { id: p.id }, data: { name: input.title } }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
  }

  async renameScoped(input: Input) {
    const p = await this.getScoped(input.projectId, input.orgId);
    await this.prisma.project.update({ where: { id: p.id }, data: { name: input.title } }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
  }

  async renameHandedOn(input: Input) {
    const p = await this.getHandedOn(input.projectId, input.orgId);
    await this.prisma.project.update({ where: { id: p.id }, data: { name: input.title } }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
  }

  async renameAliased(input: Input) {
    const p = await this.getAliased(input.projectId, input.orgId);
    await this.prisma.project.update({ where: { id: p.id }, data: { name: input.title } }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
  }

  async renameAsserted(input: Input) {
    await this.assertOwn(input.projectId, input.orgId);
    await this.prisma.project.update({ where: { id: input.projectId }, data: { name: input.title } }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
  }

  async renameAssertedImported(input: Input) {
    await this.assertOwnImported(input.projectId, input.orgId);
    await this.prisma.project.update({ where: { id: input.projectId }, data: { name: input.title } }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
  }
}

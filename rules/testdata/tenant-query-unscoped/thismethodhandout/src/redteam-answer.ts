import { PrismaClient } from "@prisma/client";
import { Logger, CacheKeys } from "./services";

type Input = { projectId: string; orgId: number; title: string };

// A this-method whose injected service is handed only the row's fields,
// its answer then written into the row, or the row reached another way.
export class AnswerService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly logger: Logger,
    private readonly keys: CacheKeys,
  ) {}

  private async getRekeyed(id: string, orgId: number) {
    const row = await this.prisma.project.findFirst({ where: { id, organizationId: orgId } });
    if (!row) throw new Error("not found");
    row.id = this.keys.key(row.id, orgId);
    return row;
  }

  private async getSpreadAnswer(id: string, orgId: number) {
    const row = await this.prisma.project.findFirst({ where: { id, organizationId: orgId } });
    if (!row) throw new Error("not found");
    const extra = this.keys.key(row.id, orgId) as any;
    return { ...row, ...extra };
  }

  private async getLoggedGetter(id: string, orgId: number) {
    const row = await this.prisma.project.findFirst({ where: { id, organizationId: orgId } });
    if (!row) throw new Error("not found");
    this.logger.log("read", { id: row.id, get row() { return row; } });
    return row;
  }

  private async getLoggedClosure(id: string, orgId: number) {
    const row = await this.prisma.project.findFirst({ where: { id, organizationId: orgId } });
    if (!row) throw new Error("not found");
    this.logger.log("read", { id: row.id, at: () => row });
    return row;
  }

  private async getLoggedOr(id: string, orgId: number) {
    const row = await this.prisma.project.findFirst({ where: { id, organizationId: orgId } });
    if (!row) throw new Error("not found");
    this.logger.log("read", row.name || row);
    return row;
  }

  private async getLoggedList(id: string, orgId: number) {
    const rows = await this.prisma.project.findMany({ where: { organizationId: orgId } });
    const row = await this.prisma.project.findFirst({ where: { id, organizationId: orgId } });
    if (!row) throw new Error("not found");
    this.logger.log("read", rows.map((r) => r.id));
    this.logger.log("read", rows.map((r) => (r.id, r)));
    return row;
  }

  async renameRekeyed(input: Input) {
    const p = await this.getRekeyed(input.projectId, input.orgId);
    await this.prisma.project.update({ where: { id: p.id }, data: { name: input.title } }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
  }

  async renameSpreadAnswer(input: Input) {
    const p = await this.getSpreadAnswer(input.projectId, input.orgId);
    await this.prisma.project.update({ where: { id: p.id }, data: { name: input.title } }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
  }

  async renameLoggedGetter(input: Input) {
    const p = await this.getLoggedGetter(input.projectId, input.orgId);
    await this.prisma.project.update({ where: { id: p.id }, data: { name: input.title } }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
  }

  async renameLoggedClosure(input: Input) {
    const p = await this.getLoggedClosure(input.projectId, input.orgId);
    await this.prisma.project.update({ where: { id: p.id }, data: { name: input.title } }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
  }

  async renameLoggedOr(input: Input) {
    const p = await this.getLoggedOr(input.projectId, input.orgId);
    await this.prisma.project.update({ where: { id: p.id }, data: { name: input.title } }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
  }

  async renameLoggedList(input: Input) {
    const p = await this.getLoggedList(input.projectId, input.orgId);
    await this.prisma.project.update({ where: { id: p.id }, data: { name: input.title } }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
  }
}

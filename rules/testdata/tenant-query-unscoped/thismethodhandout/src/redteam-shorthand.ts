import { PrismaClient } from "@prisma/client";
import { Logger } from "./services";

type Input = { projectId: string; orgId: number; title: string };

// A this-method's logger handed the row beside its fields.
export class ShorthandService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly logger: Logger,
  ) {}

  private async getShorthand(id: string, orgId: number) {
    const row = await this.prisma.project.findFirst({ where: { id, organizationId: orgId } });
    if (!row) throw new Error("not found");
    this.logger.log("read", { id: row.id, row });
    return row;
  }

  private async getListed(id: string, orgId: number) {
    const row = await this.prisma.project.findFirst({ where: { id, organizationId: orgId } });
    if (!row) throw new Error("not found");
    this.logger.log("read", [row.id, row]);
    return row;
  }

  private async getSpreadArgs(id: string, orgId: number) {
    const row = await this.prisma.project.findFirst({ where: { id, organizationId: orgId } });
    if (!row) throw new Error("not found");
    this.logger.log("read", ...([row] as [unknown]));
    return row;
  }

  private async getTernary(id: string, orgId: number, verbose: boolean) {
    const row = await this.prisma.project.findFirst({ where: { id, organizationId: orgId } });
    if (!row) throw new Error("not found");
    this.logger.log("read", verbose ? row : row.id);
    return row;
  }

  async renameShorthand(input: Input) {
    const p = await this.getShorthand(input.projectId, input.orgId);
    await this.prisma.project.update({ where: { id: p.id }, data: { name: input.title } }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
  }

  async renameListed(input: Input) {
    const p = await this.getListed(input.projectId, input.orgId);
    await this.prisma.project.update({ where: { id: p.id }, data: { name: input.title } }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
  }

  async renameSpreadArgs(input: Input) {
    const p = await this.getSpreadArgs(input.projectId, input.orgId);
    await this.prisma.project.update({ where: { id: p.id }, data: { name: input.title } }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
  }

  async renameTernary(input: Input, verbose: boolean) {
    const p = await this.getTernary(input.projectId, input.orgId, verbose);
    await this.prisma.project.update({ where: { id: p.id }, data: { name: input.title } }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
  }
}

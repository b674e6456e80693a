import { PrismaClient } from "@prisma/client";
import { Logger, CacheKeys, NotFoundError } from "./services";

type Input = { projectId: string; orgId: number; title: string };

// Near misses, silent: the injected services are handed the row's fields
// or primitives only, and the error thrown is made of a message.
export class QuietService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly logger: Logger,
    private readonly keys: CacheKeys,
  ) {}

  private async getChecked(id: string, orgId: number) {
    const row = await this.prisma.project.findUnique({ where: { id } });
    if (!row || row.organizationId !== orgId) throw new NotFoundError(`no project ${id}`);
    this.logger.log(`found ${row.id}`, { id: row.id, name: row.name });
    return row;
  }

  private async getScoped(id: string, orgId: number) {
    this.logger.log("reading", { id, orgId });
    this.keys.key(id, orgId);
    const row = await this.prisma.project.findFirst({ where: { id, organizationId: orgId } });
    if (!row) throw new NotFoundError("not found");
    this.logger.log("read", { projectId: row.id });
    return row;
  }

  private async assertOwn(id: string, orgId: number) {
    const row = await this.prisma.project.findUnique({ where: { id } });
    if (!row || row.organizationId !== orgId) throw new NotFoundError("not found");
  }

  async renameChecked(input: Input) {
    const p = await this.getChecked(input.projectId, input.orgId);
    await this.prisma.project.update({ where: { id: p.id }, data: { name: input.title } });
  }

  async renameScoped(input: Input) {
    const p = await this.getScoped(input.projectId, input.orgId);
    await this.prisma.project.update({ where: { id: p.id }, data: { name: input.title } });
  }

  async renameAsserted(input: Input) {
    await this.assertOwn(input.projectId, input.orgId);
    await this.prisma.project.update({ where: { id: input.projectId }, data: { name: input.title } });
  }
}

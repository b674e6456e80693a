import { PrismaClient } from "@prisma/client";
import { AuditService } from "./services";

type Input = { projectId: string; orgId: number; title: string };

// The injected service reached by an optional chain, a computed member, a
// destructuring of this, or from a closure: each still runs code the rule
// does not read with the row.
export class AttackService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly audit?: AuditService,
  ) {}

  private async getOptional(id: string, orgId: number) {
    const row = await this.prisma.project.findFirst({ where: { id, organizationId: orgId } });
    if (!row) throw new Error("not found");
    this.audit?.record(row);
    return row;
  }

  private async getComputed(id: string, orgId: number) {
    const row = await this.prisma.project.findFirst({ where: { id, organizationId: orgId } });
    if (!row) throw new Error("not found");
    (this as any)["audit"].record(row);
    return row;
  }

  private async getDestructured(id: string, orgId: number) {
    const row = await this.prisma.project.findFirst({ where: { id, organizationId: orgId } });
    if (!row) throw new Error("not found");
    const { audit } = this;
    audit?.record(row);
    return row;
  }

  private async getInClosure(id: string, orgId: number) {
    const row = await this.prisma.project.findFirst({ where: { id, organizationId: orgId } });
    if (!row) throw new Error("not found");
    await Promise.resolve().then(() => this.audit?.record(row));
    return row;
  }

  private async getCalled(id: string, orgId: number) {
    const row = await this.prisma.project.findFirst({ where: { id, organizationId: orgId } });
    if (!row) throw new Error("not found");
    this.audit?.record.call(this.audit, row);
    return row;
  }

  async renameOptional(input: Input) {
    const p = await this.getOptional(input.projectId, input.orgId);
    await this.prisma.project.update({ where: { id: p.id }, data: { name: input.title } }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
  }

  async renameComputed(input: Input) {
    const p = await this.getComputed(input.projectId, input.orgId);
    await this.prisma.project.update({ where: { id: p.id }, data: { name: input.title } }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
  }

  async renameDestructured(input: Input) {
    const p = await this.getDestructured(input.projectId, input.orgId);
    await this.prisma.project.update({ where: { id: p.id }, data: { name: input.title } }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
  }

  async renameInClosure(input: Input) {
    const p = await this.getInClosure(input.projectId, input.orgId);
    await this.prisma.project.update({ where: { id: p.id }, data: { name: input.title } }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
  }

  async renameCalled(input: Input) {
    const p = await this.getCalled(input.projectId, input.orgId);
    await this.prisma.project.update({ where: { id: p.id }, data: { name: input.title } }); // want "update on tenant-scoped \"Project\" does not filter by the tenant"
  }
}

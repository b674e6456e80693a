import { PrismaClient } from '@prisma/client';

// The shape own-tenant-field accepts, but another file copies unnamed
// entries onto an object it is handed (patch.ts): the instance may be this
// one, and its tenant field replaced between the helper and the write.
export class Svc {
  constructor(private prisma: PrismaClient, private instanceId: string) {}
  private async get(k: string) {
    return this.prisma.message.findFirst({ where: { instanceId: this.instanceId, status: k } });
  }
  async viaHelper(k: string) {
    const old = await this.get(k);
    if (old) await this.prisma.message.update({ where: { id: old.id }, data: { status: 'EDITED' } }); // want "update on tenant-scoped \"Message\" does not filter by the tenant"
  }
}

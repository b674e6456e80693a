import { PrismaClient } from '@prisma/client';

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

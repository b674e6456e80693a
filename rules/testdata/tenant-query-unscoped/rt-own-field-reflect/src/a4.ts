import { PrismaClient } from '@prisma/client';

// Reflect['set'] of the field.
export class A4 {
  constructor(private prisma: PrismaClient, private a4Id: string) {}
  patch(v: string) {
    Reflect['set'](this, 'a4' + 'Id', v);
  }
  private async get(k: string) {
    return this.prisma.message.findFirst({ where: { instanceId: this.a4Id, status: k } });
  }
  async viaHelper(k: string) {
    const old = await this.get(k);
    if (old) await this.prisma.message.update({ where: { id: old.id }, data: { status: 'EDITED' } }); // want "update on tenant-scoped \"Message\" does not filter by the tenant"
  }
}


import { PrismaClient } from '@prisma/client';

// Object?.assign onto this from a body.
export class A2 {
  constructor(private prisma: PrismaClient, private a2Id: string) {}
  patch(body: object) {
    Object?.assign(this, body);
  }
  private async get(k: string) {
    return this.prisma.message.findFirst({ where: { instanceId: this.a2Id, status: k } });
  }
  async viaHelper(k: string) {
    const old = await this.get(k);
    if (old) await this.prisma.message.update({ where: { id: old.id }, data: { status: 'EDITED' } }); // want "update on tenant-scoped \"Message\" does not filter by the tenant"
  }
}


import { PrismaClient } from '@prisma/client';

// The prototype reached without naming it.
export class A17 {
  constructor(private prisma: PrismaClient, private a17Id: string) {}
  private async getA17(k: string) {
    return this.prisma.message.findFirst({ where: { instanceId: this.a17Id, status: k } });
  }
  async viaHelper(k: string) {
    const old = await this.getA17(k);
    if (old) await this.prisma.message.update({ where: { id: old.id }, data: { status: 'EDITED' } }); // want "update on tenant-scoped \"Message\" does not filter by the tenant"
  }
}
export function a17(s: A17, id: string) {
  const proto: any = Object.getPrototypeOf(s);
  proto['getA' + '17'] = async () => ({ id });
}

import { PrismaClient } from '@prisma/client';

// A subscript assignment anywhere in the file may name the field.
export class Indexed {
  constructor(private prisma: PrismaClient, private indexedId: string) {}
  public set(key: string, value: string) {
    (this as any)[key] = value;
  }
  private async get(k: string) {
    return this.prisma.message.findFirst({ where: { instanceId: this.indexedId, status: k } });
  }
  async viaHelper(k: string) {
    const old = await this.get(k);
    if (old) await this.prisma.message.update({ where: { id: old.id }, data: { status: 'EDITED' } }); // want "update on tenant-scoped \"Message\" does not filter by the tenant"
  }
}

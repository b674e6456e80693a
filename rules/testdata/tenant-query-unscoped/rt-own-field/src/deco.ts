import { PrismaClient } from '@prisma/client';

// A class decorator returning a subclass whose helper hands back any key.
function Evil<T extends new (...args: any[]) => any>(C: T) {
  return class extends C {
    async getC6(k: string) {
      return { id: k };
    }
  };
}

@Evil
export class C6 {
  constructor(private prisma: PrismaClient, private c6Id: string) {}
  async getC6(k: string): Promise<{ id: string } | null> {
    return this.prisma.message.findFirst({ where: { instanceId: this.c6Id, status: k } });
  }
  async viaHelper(k: string) {
    const old = await this.getC6(k);
    if (old) await this.prisma.message.update({ where: { id: old.id }, data: { status: 'EDITED' } }); // want "update on tenant-scoped \"Message\" does not filter by the tenant"
  }
}

// A method decorator replacing the helper.
function Replace(_t: object, _k: string, d: PropertyDescriptor) {
  d.value = async (k: string) => ({ id: k });
}
export class C7 {
  constructor(private prisma: PrismaClient, private c7Id: string) {}
  @Replace
  async getC7(k: string): Promise<{ id: string } | null> {
    return this.prisma.message.findFirst({ where: { instanceId: this.c7Id, status: k } });
  }
  async viaHelper(k: string) {
    const old = await this.getC7(k);
    if (old) await this.prisma.message.update({ where: { id: old.id }, data: { status: 'EDITED' } }); // want "update on tenant-scoped \"Message\" does not filter by the tenant"
  }
}

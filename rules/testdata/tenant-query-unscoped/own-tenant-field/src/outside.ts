import { PrismaClient } from '@prisma/client';

// Another file sets the field on an instance.
export class SetOutside {
  constructor(private prisma: PrismaClient, public tenantKey: string) {}
  private async get(k: string) {
    return this.prisma.message.findFirst({ where: { instanceId: this.tenantKey, status: k } });
  }
  async viaHelper(k: string) {
    const old = await this.get(k);
    if (old) await this.prisma.message.update({ where: { id: old.id }, data: { status: 'EDITED' } }); // want "update on tenant-scoped \"Message\" does not filter by the tenant"
  }
}

// A base class may make the field an accessor or set it.
class Base {
  protected instanceId = '';
}
export class Derived extends Base {
  constructor(private prisma: PrismaClient) {
    super();
  }
  private async get(k: string) {
    return this.prisma.message.findFirst({ where: { instanceId: this.instanceId, status: k } });
  }
  async viaHelper(k: string) {
    const old = await this.get(k);
    if (old) await this.prisma.message.update({ where: { id: old.id }, data: { status: 'EDITED' } }); // want "update on tenant-scoped \"Message\" does not filter by the tenant"
  }
}

// A subclass may set it.
export class Extended {
  constructor(protected prisma: PrismaClient, protected ownerKey: string) {}
  private async get(k: string) {
    return this.prisma.message.findFirst({ where: { instanceId: this.ownerKey, status: k } });
  }
  async viaHelper(k: string) {
    const old = await this.get(k);
    if (old) await this.prisma.message.update({ where: { id: old.id }, data: { status: 'EDITED' } }); // want "update on tenant-scoped \"Message\" does not filter by the tenant"
  }
}

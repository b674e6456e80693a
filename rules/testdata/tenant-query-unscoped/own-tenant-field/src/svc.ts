import { PrismaClient } from '@prisma/client';

// The object's own tenant, set once by the constructor, read by a helper
// method called on the same object: its row is this instance's.
export class Svc {
  constructor(private prisma: PrismaClient, private instanceId: string) {}
  private async get(k: string) {
    return this.prisma.message.findFirst({ where: { instanceId: this.instanceId, status: k } });
  }
  async viaHelper(k: string) {
    const old = await this.get(k);
    if (old) await this.prisma.message.update({ where: { id: old.id }, data: { status: 'EDITED' } });
  }
  async viaHelperInArrow(ks: string[]) {
    await Promise.all(
      ks.map(async (k) => {
        const old = await this.get(k);
        if (old) await this.prisma.message.update({ where: { id: old.id }, data: { status: 'EDITED' } });
      }),
    );
  }
  async inline(k: string) {
    const old = await this.prisma.message.findFirst({ where: { instanceId: this.instanceId, status: k } });
    if (old) await this.prisma.message.update({ where: { id: old.id }, data: { status: 'EDITED' } });
  }
  // The caller links the row into its own tenant: quiet.
  async linkOwn(k: string) {
    const old = await this.get(k);
    if (old) await this.prisma.messageUpdate.create({ data: { instanceId: this.instanceId, status: 'x', messageId: old.id } });
  }
  // The caller writes another tenant than the helper read: the row
  // would cross tenants.
  async linkOther(other: string, k: string) {
    const old = await this.get(k);
    if (old) await this.prisma.messageUpdate.create({ data: { instanceId: other, status: 'x', messageId: old.id } }); // want "create on \"MessageUpdate\" links a \"Message\" by \"messageId\" alone"
  }
  async connectOther(other: string, k: string) {
    const old = await this.get(k);
    if (old) await this.prisma.messageUpdate.create({ data: { Instance: { connect: { id: other } }, status: 'x', Message: { connect: { id: old.id } } } }); // want "create on \"MessageUpdate\" links a \"Message\" by \\{ id \\} alone"
  }
  async moveOther(other: string, k: string) {
    const old = await this.get(k);
    if (old) await this.prisma.message.update({ where: { id: old.id }, data: { instanceId: other } }); // want "update on tenant-scoped \"Message\" does not filter by the tenant"
  }
  async spreadData(data: { status: string }, k: string) {
    const old = await this.get(k);
    if (old) await this.prisma.message.update({ where: { id: old.id }, data: { ...data } }); // want "update on tenant-scoped \"Message\" does not filter by the tenant" "cannot see what update on \"Message\" links through this spread"
  }
  // The helper called on another object reads that object's tenant.
  async onOther(other: Svc, k: string) {
    const old = await other.get(k);
    if (old) await this.prisma.message.update({ where: { id: old.id }, data: { status: 'EDITED' } }); // want "update on tenant-scoped \"Message\" does not filter by the tenant"
  }
  // A function expression has a this of its own.
  async inFunction(k: string) {
    const self = this;
    await [k].map(async function (this: Svc, key: string) {
      const old = await this.get(key);
      if (old) await self.prisma.message.update({ where: { id: old.id }, data: { status: 'EDITED' } }); // want "update on tenant-scoped \"Message\" does not filter by the tenant"
    });
  }
  // A helper whose where gives the tenant something else than the field.
  private async getBy(k: string) {
    return this.prisma.message.findFirst({ where: { instanceId: this.prisma.toString(), status: k } });
  }
  async viaOtherValue(k: string) {
    const old = await this.getBy(k);
    if (old) await this.prisma.message.update({ where: { id: old.id }, data: { status: 'EDITED' } }); // want "update on tenant-scoped \"Message\" does not filter by the tenant"
  }
  // A static method has no instance.
  private static async getStatic(prisma: PrismaClient, k: string) {
    return prisma.message.findFirst({ where: { status: k } }); // want "findFirst on tenant-scoped \"Message\" does not filter by the tenant"
  }
}

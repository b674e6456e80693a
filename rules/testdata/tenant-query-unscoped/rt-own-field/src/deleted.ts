import { PrismaClient } from '@prisma/client';

// The field deleted: undefined, a filter Prisma drops.
export class Deleted {
  constructor(private prisma: PrismaClient, private deletedId: string) {}
  reset() {
    delete (this as any).deletedId;
  }
  private async get(k: string) {
    return this.prisma.message.findFirst({ where: { instanceId: this.deletedId, status: k } });
  }
  async viaHelper(k: string) {
    const old = await this.get(k);
    if (old) await this.prisma.message.update({ where: { id: old.id }, data: { status: 'EDITED' } }); // want "update on tenant-scoped \"Message\" does not filter by the tenant"
  }
}

declare const _: { set(o: object, path: string | string[], v: unknown): void };
// A library handed the field's name sets it.
export class LibrarySet {
  constructor(private prisma: PrismaClient, private libSetId: string) {}
  move(other: string) {
    _.set(this, ['libSetId'], other);
  }
  private async get(k: string) {
    return this.prisma.message.findFirst({ where: { instanceId: this.libSetId, status: k } });
  }
  async viaHelper(k: string) {
    const old = await this.get(k);
    if (old) await this.prisma.message.update({ where: { id: old.id }, data: { status: 'EDITED' } }); // want "update on tenant-scoped \"Message\" does not filter by the tenant"
  }
}

import { PrismaClient } from '@prisma/client';

// The constructor may return before it sets the field: left undefined,
// a filter Prisma drops.
export class EarlyReturn {
  private earlyRetId!: string;
  constructor(private prisma: PrismaClient, id: string, skip: boolean) {
    if (skip) return;
    this.earlyRetId = id;
  }
  private async get(k: string) {
    return this.prisma.message.findFirst({ where: { instanceId: this.earlyRetId, status: k } });
  }
  async viaHelper(k: string) {
    const old = await this.get(k);
    if (old) await this.prisma.message.update({ where: { id: old.id }, data: { status: 'EDITED' } }); // want "update on tenant-scoped \"Message\" does not filter by the tenant"
  }
}

// The constructor's assignment may be skipped by an exception it catches.
export class CaughtBefore {
  private caughtId!: string;
  constructor(private prisma: PrismaClient, id: string, check: () => void) {
    try {
      check();
    } catch {
      return;
    }
    this.caughtId = id;
  }
  private async get(k: string) {
    return this.prisma.message.findFirst({ where: { instanceId: this.caughtId, status: k } });
  }
  async viaHelper(k: string) {
    const old = await this.get(k);
    if (old) await this.prisma.message.update({ where: { id: old.id }, data: { status: 'EDITED' } }); // want "update on tenant-scoped \"Message\" does not filter by the tenant"
  }
}

// Quiet: a constructor that throws before it sets the field makes no object.
export class ThrowsBefore {
  private throwsId: string;
  constructor(private prisma: PrismaClient, id: string) {
    if (!id) throw new Error('no instance');
    this.throwsId = id;
  }
  private async get(k: string) {
    return this.prisma.message.findFirst({ where: { instanceId: this.throwsId, status: k } });
  }
  async viaHelper(k: string) {
    const old = await this.get(k);
    if (old) await this.prisma.message.update({ where: { id: old.id }, data: { status: 'EDITED' } });
  }
}

import { PrismaClient } from '@prisma/client';

// A method sets the field: between the helper's query and the caller's
// write the object may have moved to another tenant.
export class Switching {
  constructor(private prisma: PrismaClient, private switchedId: string) {}
  public switchTo(id: string) {
    this.switchedId = id;
  }
  private async get(k: string) {
    return this.prisma.message.findFirst({ where: { instanceId: this.switchedId, status: k } });
  }
  async viaHelper(k: string) {
    const old = await this.get(k);
    if (old) await this.prisma.message.update({ where: { id: old.id }, data: { status: 'EDITED' } }); // want "update on tenant-scoped \"Message\" does not filter by the tenant"
  }
}

// Set twice in the constructor.
export class TwiceSet {
  private twiceId: string;
  constructor(private prisma: PrismaClient, a: string, b: string) {
    this.twiceId = a;
    this.twiceId = b;
  }
  private async get(k: string) {
    return this.prisma.message.findFirst({ where: { instanceId: this.twiceId, status: k } });
  }
  async viaHelper(k: string) {
    const old = await this.get(k);
    if (old) await this.prisma.message.update({ where: { id: old.id }, data: { status: 'EDITED' } }); // want "update on tenant-scoped \"Message\" does not filter by the tenant"
  }
}

// Set once in the constructor from a plain parameter: quiet.
export class OnceSet {
  private onceId: string;
  constructor(private prisma: PrismaClient, instanceId: string) {
    this.onceId = instanceId;
  }
  private async get(k: string) {
    return this.prisma.message.findFirst({ where: { instanceId: this.onceId, status: k } });
  }
  async viaHelper(k: string) {
    const old = await this.get(k);
    if (old) await this.prisma.message.update({ where: { id: old.id }, data: { status: 'EDITED' } });
  }
}

// An accessor of that name may give another value on each read.
export class Accessor {
  private store: string[] = [];
  constructor(private prisma: PrismaClient) {}
  get tenantOf() {
    return this.store.pop() as string;
  }
  private async get(k: string) {
    return this.prisma.message.findFirst({ where: { instanceId: this.tenantOf, status: k } });
  }
  async viaHelper(k: string) {
    const old = await this.get(k);
    if (old) await this.prisma.message.update({ where: { id: old.id }, data: { status: 'EDITED' } }); // want "update on tenant-scoped \"Message\" does not filter by the tenant"
  }
}

// The constructor runs a method before it sets the field: the helper's
// where reads it undefined, a filter Prisma drops.
export class EarlyRun {
  private earlyId: string;
  constructor(private prisma: PrismaClient, id: string, k: string) {
    void this.viaHelper(k);
    this.earlyId = id;
  }
  private async get(k: string) {
    return this.prisma.message.findFirst({ where: { instanceId: this.earlyId, status: k } });
  }
  async viaHelper(k: string) {
    const old = await this.get(k);
    if (old) await this.prisma.message.update({ where: { id: old.id }, data: { status: 'EDITED' } }); // want "update on tenant-scoped \"Message\" does not filter by the tenant"
  }
}

// A field initializer hands the object on before the constructor runs.
export class HandedWhileMade {
  private worker = new Worker(this);
  private handedId: string;
  constructor(private prisma: PrismaClient, id: string) {
    this.handedId = id;
  }
  private async get(k: string) {
    return this.prisma.message.findFirst({ where: { instanceId: this.handedId, status: k } });
  }
  async viaHelper(k: string) {
    const old = await this.get(k);
    if (old) await this.prisma.message.update({ where: { id: old.id }, data: { status: 'EDITED' } }); // want "update on tenant-scoped \"Message\" does not filter by the tenant"
  }
}
declare class Worker {
  constructor(owner: unknown);
}

// Never set: undefined, a filter Prisma drops.
export class NeverSet {
  private unsetId!: string;
  constructor(private prisma: PrismaClient) {}
  private async get(k: string) {
    return this.prisma.message.findFirst({ where: { instanceId: this.unsetId, status: k } });
  }
  async viaHelper(k: string) {
    const old = await this.get(k);
    if (old) await this.prisma.message.update({ where: { id: old.id }, data: { status: 'EDITED' } }); // want "update on tenant-scoped \"Message\" does not filter by the tenant"
  }
}

// An optional parameter property may be left undefined.
export class OptionalSet {
  constructor(private prisma: PrismaClient, private optionalId?: string) {}
  private async get(k: string) {
    return this.prisma.message.findFirst({ where: { instanceId: this.optionalId, status: k } });
  }
  async viaHelper(k: string) {
    const old = await this.get(k);
    if (old) await this.prisma.message.update({ where: { id: old.id }, data: { status: 'EDITED' } }); // want "update on tenant-scoped \"Message\" does not filter by the tenant"
  }
}

// Set from an optional parameter.
export class SetFromOptional {
  private fromOptionalId: string | undefined;
  constructor(private prisma: PrismaClient, id?: string) {
    this.fromOptionalId = id;
  }
  private async get(k: string) {
    return this.prisma.message.findFirst({ where: { instanceId: this.fromOptionalId, status: k } });
  }
  async viaHelper(k: string) {
    const old = await this.get(k);
    if (old) await this.prisma.message.update({ where: { id: old.id }, data: { status: 'EDITED' } }); // want "update on tenant-scoped \"Message\" does not filter by the tenant"
  }
}

import { PrismaClient } from '@prisma/client';

// Extended under an imported alias.
export class B1 {
  constructor(private prisma: PrismaClient, private b1Id: string) {}
  async getB1(k: string): Promise<{ id: string } | null> {
    return this.prisma.message.findFirst({ where: { instanceId: this.b1Id, status: k } });
  }
  async viaHelper(k: string) {
    const old = await this.getB1(k);
    if (old) await this.prisma.message.update({ where: { id: old.id }, data: { status: 'EDITED' } }); // want "update on tenant-scoped \"Message\" does not filter by the tenant"
  }
}

// Extended through a function returning it.
export class B6 {
  constructor(private prisma: PrismaClient, private b6Id: string) {}
  async getB6(k: string): Promise<{ id: string } | null> {
    return this.prisma.message.findFirst({ where: { instanceId: this.b6Id, status: k } });
  }
  async viaHelper(k: string) {
    const old = await this.getB6(k);
    if (old) await this.prisma.message.update({ where: { id: old.id }, data: { status: 'EDITED' } }); // want "update on tenant-scoped \"Message\" does not filter by the tenant"
  }
}

// Extended through an array holding it.
export class B9 {
  constructor(private prisma: PrismaClient, private b9Id: string) {}
  async getB9(k: string): Promise<{ id: string } | null> {
    return this.prisma.message.findFirst({ where: { instanceId: this.b9Id, status: k } });
  }
  async viaHelper(k: string) {
    const old = await this.getB9(k);
    if (old) await this.prisma.message.update({ where: { id: old.id }, data: { status: 'EDITED' } }); // want "update on tenant-scoped \"Message\" does not filter by the tenant"
  }
}

// Extended through a conditional.
export class B10 {
  constructor(private prisma: PrismaClient, private b10Id: string) {}
  async getB10(k: string): Promise<{ id: string } | null> {
    return this.prisma.message.findFirst({ where: { instanceId: this.b10Id, status: k } });
  }
  async viaHelper(k: string) {
    const old = await this.getB10(k);
    if (old) await this.prisma.message.update({ where: { id: old.id }, data: { status: 'EDITED' } }); // want "update on tenant-scoped \"Message\" does not filter by the tenant"
  }
}

// Constructed, typed, tested and its statics read elsewhere: quiet.
export class B0 {
  constructor(private prisma: PrismaClient, private b0Id: string) {}
  async getB0(k: string): Promise<{ id: string } | null> {
    return this.prisma.message.findFirst({ where: { instanceId: this.b0Id, status: k } });
  }
  async viaHelper(k: string) {
    const old = await this.getB0(k);
    if (old) await this.prisma.message.update({ where: { id: old.id }, data: { status: 'EDITED' } });
  }
}

// Extended through a function under an imported alias.
export class B11 {
  constructor(private prisma: PrismaClient, private b11Id: string) {}
  async getB11(k: string): Promise<{ id: string } | null> {
    return this.prisma.message.findFirst({ where: { instanceId: this.b11Id, status: k } });
  }
  async viaHelper(k: string) {
    const old = await this.getB11(k);
    if (old) await this.prisma.message.update({ where: { id: old.id }, data: { status: 'EDITED' } }); // want "update on tenant-scoped \"Message\" does not filter by the tenant"
  }
}

// Extended through a function under a namespace import.
export class B12 {
  constructor(private prisma: PrismaClient, private b12Id: string) {}
  async getB12(k: string): Promise<{ id: string } | null> {
    return this.prisma.message.findFirst({ where: { instanceId: this.b12Id, status: k } });
  }
  async viaHelper(k: string) {
    const old = await this.getB12(k);
    if (old) await this.prisma.message.update({ where: { id: old.id }, data: { status: 'EDITED' } }); // want "update on tenant-scoped \"Message\" does not filter by the tenant"
  }
}

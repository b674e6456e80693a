import { PrismaClient } from '@prisma/client';

// The legitimate shape: quiet.
export class Base0 {
  constructor(private prisma: PrismaClient, private base0Id: string) {}
  private async get0(k: string) {
    return this.prisma.message.findFirst({ where: { instanceId: this.base0Id, status: k } });
  }
  async viaHelper(k: string) {
    const old = await this.get0(k);
    if (old) await this.prisma.message.update({ where: { id: old.id }, data: { status: 'EDITED' } });
  }
}

// The helper replaced on the instance by one returning any key.
export class A1 {
  constructor(private prisma: PrismaClient, private a1Id: string) {}
  private async getA1(k: string) {
    return this.prisma.message.findFirst({ where: { instanceId: this.a1Id, status: k } });
  }
  async viaHelper(k: string) {
    const old = await this.getA1(k);
    if (old) await this.prisma.message.update({ where: { id: old.id }, data: { status: 'EDITED' } }); // want "update on tenant-scoped \"Message\" does not filter by the tenant"
  }
}
export async function a1(prisma: PrismaClient, t: string, id: string) {
  const s = new A1(prisma, t);
  (s as any).getA1 = async () => ({ id });
  await s.viaHelper('x');
}

// The helper run on another object through call.
export class A5 {
  constructor(private prisma: PrismaClient, private a5Id: string) {}
  private async get(k: string) {
    return this.prisma.message.findFirst({ where: { instanceId: this.a5Id, status: k } });
  }
  async viaHelper(other: A5, k: string) {
    const old = await this.get.call(other, k);
    if (old) await this.prisma.message.update({ where: { id: old.id }, data: { status: 'EDITED' } }); // want "update on tenant-scoped \"Message\" does not filter by the tenant"
  }
}

// The helper's where keeps rows of any tenant through OR.
export class A6 {
  constructor(private prisma: PrismaClient, private a6Id: string) {}
  private async get(k: string) {
    return this.prisma.message.findFirst({ where: { OR: [{ instanceId: this.a6Id }, { status: k }] } }); // want "findFirst on tenant-scoped \"Message\" has an OR branch without the tenant"
  }
  async viaHelper(k: string) {
    const old = await this.get(k);
    if (old) await this.prisma.message.update({ where: { id: old.id }, data: { status: 'EDITED' } }); // want "update on tenant-scoped \"Message\" does not filter by the tenant"
  }
}

// The helper returns a made-up row when the query throws.
export class A7 {
  constructor(private prisma: PrismaClient, private a7Id: string) {}
  private async get(k: string) {
    try {
      return await this.prisma.message.findFirst({ where: { instanceId: this.a7Id, status: k } });
    } catch {
      return { id: k };
    }
  }
  async viaHelper(k: string) {
    const old = await this.get(k);
    if (old) await this.prisma.message.update({ where: { id: old.id }, data: { status: 'EDITED' } }); // want "update on tenant-scoped \"Message\" does not filter by the tenant"
  }
}

// A parameter property typed to allow undefined: the where drops it.
export class A10 {
  constructor(private prisma: PrismaClient, private a10Id: string | undefined) {}
  private async get(k: string) {
    return this.prisma.message.findFirst({ where: { instanceId: this.a10Id, status: k } });
  }
  async viaHelper(k: string) {
    const old = await this.get(k);
    if (old) await this.prisma.message.update({ where: { id: old.id }, data: { status: 'EDITED' } }); // want "update on tenant-scoped \"Message\" does not filter by the tenant"
  }
}
export async function a10Twin(prisma: PrismaClient, id: string | undefined, k: string) {
  const old = await prisma.message.findFirst({ where: { instanceId: id, status: k } }); // want "findFirst on tenant-scoped \"Message\" filters by a tenant value that may be undefined"
  if (old) await prisma.message.update({ where: { id: old.id }, data: { status: 'EDITED' } }); // want "update on tenant-scoped \"Message\" does not filter by the tenant"
}


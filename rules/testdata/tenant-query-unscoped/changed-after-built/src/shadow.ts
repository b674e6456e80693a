import { PrismaClient } from '@prisma/client';
declare function emit(x: unknown): void;

export class S {
  constructor(private prisma: PrismaClient, private instanceId: string) {}
  // Two consts of one name in two blocks are two objects: handing the
  // inner one out says nothing of the outer one's create.
  async shadow(messageId: string, found: boolean) {
    if (found) {
      const raw: any = { status: 'a', instanceId: this.instanceId };
      emit(raw); // want "cannot see what updateMany on \"MessageUpdate\" links: \"raw\" changes after it is built"
      await this.prisma.messageUpdate.updateMany({ where: { messageId, instanceId: this.instanceId }, data: raw });
    }
    const raw: any = { status: 'b', instanceId: this.instanceId };
    await this.prisma.messageUpdate.create({ data: raw });
  }
  // An inner function's parameter of that name is another binding.
  async param(items: unknown[]) {
    const raw: any = { status: 'b', instanceId: this.instanceId };
    items.forEach((raw) => emit(raw));
    await this.prisma.messageUpdate.create({ data: raw });
  }
  // The outer object handed out in an inner block or a closure is the
  // same object.
  async sameInBlock(found: boolean) {
    const raw: any = { status: 'b', instanceId: this.instanceId };
    if (found) {
      emit(raw); // want "cannot see what create on \"MessageUpdate\" links: \"raw\" changes after it is built"
    }
    await this.prisma.messageUpdate.create({ data: raw });
  }
  async sameInClosure(items: unknown[]) {
    const raw: any = { status: 'b', instanceId: this.instanceId };
    items.forEach(() => emit(raw)); // want "cannot see what create on \"MessageUpdate\" links: \"raw\" changes after it is built"
    await this.prisma.messageUpdate.create({ data: raw });
  }
  // An alias in an inner block of the outer object.
  async aliasInBlock(found: boolean, id: string) {
    const raw: any = { status: 'b', instanceId: this.instanceId };
    if (found) {
      const alias = raw;
      alias.Message = { connect: { id } }; // want "create on \"MessageUpdate\" links a \"Message\" by \\{ id \\} alone"
    }
    await this.prisma.messageUpdate.create({ data: raw });
  }
}

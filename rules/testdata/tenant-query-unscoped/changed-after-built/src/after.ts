import { PrismaClient } from '@prisma/client';
declare function emit(x: unknown): void;
declare function later(f: () => void): void;

export class A {
  constructor(private prisma: PrismaClient, private instanceId: string) {}
  // Handed out once the awaited write has sent it: nothing it does can
  // change what the write linked.
  async after() {
    const raw: any = { status: 'a', instanceId: this.instanceId };
    await this.prisma.messageUpdate.create({ data: raw });
    emit(raw);
  }
  async afterInLoop(items: string[]) {
    for (const status of items) {
      const raw: any = { status, instanceId: this.instanceId };
      await this.prisma.messageUpdate.create({ data: raw });
      emit(raw);
    }
  }
  // A link added after the first write is the second write's.
  async linkedForTheNext(id: string) {
    const raw: any = { status: 'a', instanceId: this.instanceId };
    await this.prisma.messageUpdate.create({ data: raw });
    raw.Message = { connect: { id } }; // want "create on \"MessageUpdate\" links a \"Message\" by \\{ id \\} alone"
    await this.prisma.messageUpdate.create({ data: raw });
  }
  // The write is sent only when awaited, after the hand-off.
  async lazy() {
    const raw: any = { status: 'a', instanceId: this.instanceId };
    const pending = this.prisma.messageUpdate.create({ data: raw });
    emit(raw); // want "cannot see what create on \"MessageUpdate\" links: \"raw\" changes after it is built"
    await pending;
  }
  // The next round's write sends the object this round handed out.
  async sameObjectInLoop(items: string[]) {
    const raw: any = { status: 'a', instanceId: this.instanceId };
    for (const item of items) {
      await this.prisma.messageUpdate.create({ data: raw });
      emit(raw); // want "cannot see what create on \"MessageUpdate\" links: \"raw\" changes after it is built"
    }
  }
  // Each callback's write sends the object another callback handed out
  // (the object of an outer function is not read whole: said so).
  async sameObjectInCallbacks(items: string[]) {
    const raw: any = { status: 'a', instanceId: this.instanceId };
    await Promise.all(
      items.map(async () => {
        await this.prisma.messageUpdate.create({ data: raw }); // want "cannot see what create on \"MessageUpdate\" links; build its data as objects"
        emit(raw);
      }),
    );
  }
  // A closure may run at any time.
  async inClosure() {
    const raw: any = { status: 'a', instanceId: this.instanceId };
    later(() => emit(raw)); // want "cannot see what create on \"MessageUpdate\" links: \"raw\" changes after it is built"
    await this.prisma.messageUpdate.create({ data: raw });
  }
  async closureAfter() {
    const raw: any = { status: 'a', instanceId: this.instanceId };
    await this.prisma.messageUpdate.create({ data: raw });
    later(() => emit(raw)); // want "cannot see what create on \"MessageUpdate\" links: \"raw\" changes after it is built"
  }
}

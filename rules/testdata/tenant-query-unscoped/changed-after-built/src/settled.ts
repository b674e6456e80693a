import { PrismaClient } from '@prisma/client';
declare function emit(x: unknown): void;
declare class Failed extends Error {
  constructor(options: { cause: unknown; additionalData: object });
}

export class Settled {
  constructor(private prisma: PrismaClient, private instanceId: string) {}
  // Shelf's createInvite: the data handed to the error the write's own
  // catch throws, once the create has failed: it changes nothing sent.
  async caught() {
    const data: any = { status: 'a', instanceId: this.instanceId };
    await this.prisma.messageUpdate.create({ data }).catch((cause) => {
      throw new Failed({ cause, additionalData: { data } });
    });
  }
  // The same after a then, and through a chain of them.
  async chained() {
    const data: any = { status: 'a', instanceId: this.instanceId };
    await this.prisma.messageUpdate
      .create({ data })
      .then((row) => row)
      .finally(() => emit(data));
  }
  // Near misses: a catch of another promise, run before the write, and a
  // callback handed the data before it.
  async otherPromise(p: Promise<unknown>) {
    const data: any = { status: 'a', instanceId: this.instanceId };
    await p.catch(() => emit(data)); // want "cannot see what create on \"MessageUpdate\" links: \"data\" changes after it is built"
    await this.prisma.messageUpdate.create({ data });
  }
  async handedBefore() {
    const data: any = { status: 'a', instanceId: this.instanceId };
    const sent = this.prisma.messageUpdate.create({ data });
    emit(data); // want "cannot see what create on \"MessageUpdate\" links: \"data\" changes after it is built"
    await sent.catch(() => emit(data)); // want "cannot see what create on \"MessageUpdate\" links: \"data\" changes after it is built"
  }
}

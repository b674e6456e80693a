import { PrismaClient } from '@prisma/client';
declare function emit(x: unknown): void;
declare function later(f: () => void): void;

export class After {
  constructor(private prisma: PrismaClient, private afterId: string) {}
  // A function declared below the write, hoisted, run before it.
  async hoisted(id: string) {
    const raw: any = { status: 'a', instanceId: this.afterId };
    link();
    await this.prisma.messageUpdate.create({ data: raw });
    function link() {
      raw.Message = { connect: { id } }; // want "create on \"MessageUpdate\" links a \"Message\" by \\{ id \\} alone"
    }
  }
  // An alias changed after the first write, before the second.
  async aliasForTheNext(id: string) {
    const raw: any = { status: 'a', instanceId: this.afterId };
    const alias = raw;
    await this.prisma.messageUpdate.create({ data: raw });
    alias.Message = { connect: { id } }; // want "create on \"MessageUpdate\" links a \"Message\" by \\{ id \\} alone"
    await this.prisma.messageUpdate.create({ data: raw });
  }
  // Inner loop: the next inner round writes what this one changed.
  async nestedLoops(groups: string[][]) {
    for (const g of groups) {
      const raw: any = { status: 'a', instanceId: this.afterId };
      for (const item of g) {
        await this.prisma.messageUpdate.create({ data: raw });
        emit(raw); // want "cannot see what create on \"MessageUpdate\" links: \"raw\" changes after it is built"
      }
    }
  }
  // A labeled continue back to a loop that holds the literal outside.
  async labeled(items: string[]) {
    const raw: any = { status: 'a', instanceId: this.afterId };
    outer: while (items.length) {
      items.pop();
      await this.prisma.messageUpdate.create({ data: raw });
      emit(raw); // want "cannot see what create on \"MessageUpdate\" links: \"raw\" changes after it is built"
      continue outer;
    }
  }
  // Written in a Promise.all beside the change.
  async together(id: string) {
    const raw: any = { status: 'a', instanceId: this.afterId };
    await Promise.all([
      this.prisma.messageUpdate.create({ data: raw }),
      (async () => {
        raw.Message = { connect: { id } }; // want "create on \"MessageUpdate\" links a \"Message\" by \\{ id \\} alone"
      })(),
    ]);
  }
  // Handed to a pending callback before the write.
  async timer(id: string) {
    const raw: any = { status: 'a', instanceId: this.afterId };
    setTimeout(() => emit(raw), 0); // want "cannot see what create on \"MessageUpdate\" links: \"raw\" changes after it is built"
    await this.prisma.messageUpdate.create({ data: raw });
  }
  // The write awaited through a then: the then's callback runs once the
  // create has settled, its data sent, so it changes nothing the create
  // linked; the statement after it is not read as after the write.
  async thenned() {
    const raw: any = { status: 'a', instanceId: this.afterId };
    await this.prisma.messageUpdate.create({ data: raw }).then(() => emit(raw));
    emit(raw); // want "cannot see what create on \"MessageUpdate\" links: \"raw\" changes after it is built"
  }
  // A var declared again in the loop: each round's own object.
  async varInLoop(items: string[]) {
    for (const item of items) {
      var raw: any = { status: item, instanceId: this.afterId };
      await this.prisma.messageUpdate.create({ data: raw }); // want "cannot see what create on \"MessageUpdate\" links"
      emit(raw);
    }
  }
  // A finally after the write.
  async inFinally() {
    const raw: any = { status: 'a', instanceId: this.afterId };
    try {
      await this.prisma.messageUpdate.create({ data: raw });
    } finally {
      emit(raw);
    }
  }
}

export class AfterInit {
  constructor(private prisma: PrismaClient, private afterInitId: string) {}
  // The literal in the loop's initializer is one object for every round:
  // the next round writes what this one linked.
  async inInitializer(items: string[], id: string) {
    for (const raw: any = { status: 'a', instanceId: this.afterInitId }; items.length; ) {
      items.pop();
      await this.prisma.messageUpdate.create({ data: raw });
      raw.Message = { connect: { id } }; // want "create on \"MessageUpdate\" links a \"Message\" by \\{ id \\} alone"
    }
  }
  // Quiet: a literal of the loop's body is a new object each round.
  async inBody(items: string[], id: string) {
    while (items.length) {
      items.pop();
      const raw: any = { status: 'a', instanceId: this.afterInitId };
      await this.prisma.messageUpdate.create({ data: raw });
      raw.Message = { connect: { id } };
    }
  }
}

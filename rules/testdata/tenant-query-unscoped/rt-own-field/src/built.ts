import { PrismaClient } from '@prisma/client';

export class Built {
  constructor(private prisma: PrismaClient, private builtId: string) {}
  // Changed through an alias made by destructuring.
  async arrayAlias(id: string) {
    const raw: any = { status: 'a', instanceId: this.builtId };
    const [alias] = [raw]; // want "cannot see what create on \"MessageUpdate\" links: \"raw\" changes after it is built"
    alias.Message = { connect: { id } };
    await this.prisma.messageUpdate.create({ data: raw });
  }
  // Changed through an object holding it.
  async held(id: string) {
    const raw: any = { status: 'a', instanceId: this.builtId };
    const holder = { r: raw };
    holder.r.Message = { connect: { id } }; // want "create on \"MessageUpdate\" links a \"Message\" by \\{ id \\} alone"
    await this.prisma.messageUpdate.create({ data: raw });
  }
  // Changed by a function it is handed to, an arrow whose parameter has its name.
  async arrowParam(id: string) {
    const raw: any = { status: 'a', instanceId: this.builtId };
    ((raw: any) => {
      raw.Message = { connect: { id } };
    })(raw); // want "cannot see what create on \"MessageUpdate\" links: \"raw\" changes after it is built"
    await this.prisma.messageUpdate.create({ data: raw });
  }
  // A nested object of the data changed by its own name.
  async nested(mine: string, other: string) {
    const link = { connect: { id: mine } };
    const raw = { status: 'a', instanceId: this.builtId, Message: link };
    link.connect.id = other; // want "cannot see what create on \"MessageUpdate\" links: \"link\" changes after it is built"
    await this.prisma.messageUpdate.create({ data: raw });
  }
  async nestedUnchanged(mine: string) {
    const link = { connect: { id: mine } }; // want "create on \"MessageUpdate\" links a \"Message\" by \\{ id \\} alone"
    const raw = { status: 'a', instanceId: this.builtId, Message: link };
    await this.prisma.messageUpdate.create({ data: raw });
  }
  async direct(mine: string) {
    await this.prisma.messageUpdate.create({ data: { status: 'a', instanceId: this.builtId, Message: { connect: { id: mine } } } }); // want "create on \"MessageUpdate\" links a \"Message\" by \\{ id \\} alone"
  }
  // Quiet: the holder changed under another key, a nested const changed
  // once the write was sent.
  async heldQuiet(id: string) {
    const raw: any = { status: 'a', instanceId: this.builtId };
    const holder = { r: raw, note: '' };
    holder.note = id;
    await this.prisma.messageUpdate.create({ data: raw });
  }
  async changedAfterNested(other: string) {
    const link = { connect: { id: this.builtId } };
    const raw = { status: 'a', Instance: link };
    await this.prisma.messageUpdate.create({ data: raw });
    link.connect.id = other;
  }
  // A getter in the data.
  async getter(ids: string[]) {
    const raw = {
      status: 'a',
      get instanceId() { // want "cannot see what create on \"MessageUpdate\" links through this spread"
        return ids.pop() as string;
      },
    };
    await this.prisma.messageUpdate.create({ data: raw });
  }
}

// A function of the file changes the data through arguments, or a rest
// parameter, past its named parameters.
function linkAll(this: unknown, id: string) {
  // eslint-disable-next-line prefer-rest-params
  (arguments[1] as any).Message = { connect: { id } }; // want "cannot see what create on \"MessageUpdate\" links: \"raw\" changes after it is built"
}
function linkRest(id: string, ...objs: any[]) {
  objs[0].Message = { connect: { id } };
}
export class Args {
  constructor(private prisma: PrismaClient, private argsId: string) {}
  async viaArguments(id: string) {
    const raw: any = { status: 'a', instanceId: this.argsId };
    linkAll(id, raw);
    await this.prisma.messageUpdate.create({ data: raw });
  }
  async viaRest(id: string) {
    const raw: any = { status: 'a', instanceId: this.argsId };
    linkRest(id, raw); // want "cannot see what create on \"MessageUpdate\" links: \"raw\" changes after it is built"
    await this.prisma.messageUpdate.create({ data: raw });
  }
}

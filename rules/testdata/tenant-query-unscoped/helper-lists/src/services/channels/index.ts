import { prisma } from "@app/database";

// Helpers returning lists of channels, imported by ../../threads.ts. What
// each proves is what its where and its returns give.
class ChannelsService {
  // The tenant's visible channels; a filter spread in only when asked.
  static async findPublic(communityId: string, withThreads: boolean = false) {
    return prisma.channel.findMany({
      where: { accountId: communityId, hidden: false, ...(withThreads ? { threads: { some: {} } } : {}) },
    });
  }

  // One object handed whole, as Linen's findPrivates.
  static async findPrivates({ accountId, userId }: { accountId: string; userId: string }) {
    const channels = await prisma.channel.findMany({ where: { accountId, hidden: true } });
    return channels;
  }

  // Every account's channels: the tenant is not in the where.
  static async findVisible(communityId: string) {
    return prisma.channel.findMany({ where: { hidden: false } }); // want "findMany on tenant-scoped \"Channel\" does not filter by the tenant"
  }

  // The tenant's channels, and one more the caller hands in.
  static async findWith(communityId: string, extra: { id: string }) {
    const channels = await prisma.channel.findMany({ where: { accountId: communityId } });
    channels.push(extra as any);
    return channels;
  }

  // Filters spread after the tenant may give another accountId.
  static async findFiltered(communityId: string, filters: object) {
    return prisma.channel.findMany({ where: { accountId: communityId, ...filters } }); // want "cannot see the where of findMany on tenant-scoped \"Channel\": a spread after \"accountId\" may replace it"
  }

  // A spread naming the tenant field overrides it.
  static async findOrShared(communityId: string, shared: boolean) {
    return prisma.channel.findMany({ where: { accountId: communityId, ...(shared ? { accountId: undefined } : {}) } }); // want "findMany on tenant-scoped \"Channel\" filters by a tenant value that may be undefined"
  }

  // The tenant may be left out: Prisma drops an undefined filter.
  static async findMaybe(communityId?: string) {
    return prisma.channel.findMany({ where: { accountId: communityId } }); // want "findMany on tenant-scoped \"Channel\" filters by a tenant value that may be undefined"
  }
}

export default ChannelsService;

// A named export, imported by a relative path.
export async function findChannels(accountId: string) {
  return prisma.channel.findMany({ select: { id: true }, where: { accountId } });
}

// A TypeScript `this` parameter takes no argument: the caller's first
// argument is communityId.
export async function findWithThis(this: void, communityId: string, accountId: string) {
  return prisma.channel.findMany({ where: { accountId: communityId } });
}

// Its twin without the erased parameter.
export async function findWithoutThis(communityId: string, accountId: string) {
  return prisma.channel.findMany({ where: { accountId: communityId } });
}

import * as E from "fp-ts/Either";
import * as O from "fp-ts/Option";
import { PrismaService } from "./db";

// A helper that catches its scoped lookup's throw and hands back fp-ts's
// failure, tested by the caller before the write (hoppscotch's
// isOwnerCheck): the write runs only when the lookup found the row.
export class CustomerOwnership {
  constructor(private prisma: PrismaService) {}

  private async isOwner(id: string, organizationId: string) {
    try {
      await this.prisma.customer.findFirstOrThrow({ where: { id, organizationId } });
      return O.some(true);
    } catch (error) {
      return O.none;
    }
  }

  async rename(id: string, organizationId: string) {
    const owner = await this.isOwner(id, organizationId);
    if (O.isNone(owner)) return E.left("not owner");
    return this.prisma.customer.update({ where: { id }, data: {} });
  }

  private async getOwned(id: string, organizationId: string) {
    try {
      const customer = await this.prisma.customer.findUniqueOrThrow({ where: { id, organizationId } });
      return E.right(customer);
    } catch (error) {
      return E.left("missing");
    }
  }

  async remove(id: string, organizationId: string) {
    const owned = await this.getOwned(id, organizationId);
    if (E.isLeft(owned)) return owned;
    await this.prisma.customer.delete({ where: { id } });
  }

  // Not tested, tested after the write, or tested with the other
  // module's test (an Option's None is no Either's Left).
  async renameUntested(id: string, organizationId: string) {
    const owner = await this.isOwner(id, organizationId);
    return this.prisma.customer.update({ where: { id }, data: {} }); // want "update on tenant-scoped \"Customer\" does not filter by the tenant"
  }

  async renameLate(id: string, organizationId: string) {
    const owner = await this.isOwner(id, organizationId);
    await this.prisma.customer.update({ where: { id }, data: {} }); // want "update on tenant-scoped \"Customer\" does not filter by the tenant"
    if (O.isNone(owner)) return E.left("not owner");
  }

  async renameOtherTest(id: string, organizationId: string) {
    const owner = await this.isOwner(id, organizationId);
    if (E.isLeft(owner)) return E.left("not owner");
    return this.prisma.customer.update({ where: { id }, data: {} }); // want "update on tenant-scoped \"Customer\" does not filter by the tenant"
  }

  // A helper that answers success before its lookup, or from its catch.
  private async isOwnerEarly(id: string, organizationId: string, quick: boolean) {
    try {
      if (quick) return O.some(true);
      await this.prisma.customer.findFirstOrThrow({ where: { id, organizationId } });
      return O.some(true);
    } catch (error) {
      return O.none;
    }
  }

  private async isOwnerLenient(id: string, organizationId: string) {
    try {
      await this.prisma.customer.findFirstOrThrow({ where: { id, organizationId } });
      return O.some(true);
    } catch (error) {
      return O.some(false);
    }
  }

  async renameWeak(id: string, organizationId: string) {
    const early = await this.isOwnerEarly(id, organizationId, true);
    if (O.isNone(early)) return E.left("not owner");
    await this.prisma.customer.update({ where: { id }, data: {} }); // want "update on tenant-scoped \"Customer\" does not filter by the tenant"
    const lenient = await this.isOwnerLenient(id, organizationId);
    if (O.isNone(lenient)) return E.left("not owner");
    await this.prisma.customer.delete({ where: { id } }); // want "delete on tenant-scoped \"Customer\" does not filter by the tenant"
  }

  // O bound to something else than fp-ts's module where it is tested.
  async renameLocalO(id: string, organizationId: string) {
    const O = { isNone: (_: unknown) => false };
    const owner = await this.isOwner(id, organizationId);
    if (O.isNone(owner)) return E.left("not owner");
    return this.prisma.customer.update({ where: { id }, data: {} }); // want "update on tenant-scoped \"Customer\" does not filter by the tenant"
  }
}

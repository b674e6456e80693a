import { PrismaService } from "./db";

// A service whose helper finds the row by its id and the caller's tenant
// and throws when there is none (the NestJS pattern): once awaited, a
// write by that id alone touches the caller's row.
export class CustomerService {
  constructor(private prisma: PrismaService) {}

  async findOne(organizationId: string, id: string) {
    const customer = await this.prisma.customer.findUnique({ where: { id, organizationId } });
    if (!customer) {
      throw new Error("Customer not found");
    }
    return customer;
  }

  async findOneOrThrow(organizationId: string, id: string) {
    return this.prisma.customer.findFirstOrThrow({ where: { id, organization: { id: organizationId } } });
  }

  async getOrThrow(organizationId: string, id: string) {
    await this.prisma.customer.findFirstOrThrow({ where: { id, organizationId } });
  }

  async remove(organizationId: string, id: string) {
    await this.findOne(organizationId, id);
    return this.prisma.customer.delete({ where: { id } });
  }

  async rename(organizationId: string, customerId: string) {
    const found = await this.getOrThrow(organizationId, customerId);
    if (found === undefined) {
      return this.prisma.customer.update({ where: { id: customerId }, data: {} });
    }
  }

  async removeInTransaction(organizationId: string, id: string) {
    await this.findOne(organizationId, id);
    return this.prisma.$transaction(async (tx) => {
      await tx.customer.delete({ where: { id } });
    });
  }

  async archive(organizationId: string, id: string) {
    await this.findOneOrThrow(organizationId, id);
    await this.prisma.customer.update({ where: { id }, data: {} });
  }

  // The lookup's failure caught before it reaches the caller.
  async findOneOrNull(organizationId: string, id: string) {
    return this.prisma.customer.findFirstOrThrow({ where: { id, organizationId } }).catch(() => null);
  }

  async archiveCaught(organizationId: string, id: string) {
    await this.findOneOrNull(organizationId, id);
    await this.prisma.customer.update({ where: { id }, data: {} }); // want "update on tenant-scoped \"Customer\" does not filter by the tenant"
  }

  // Called with another id, after the write, or in a sibling branch.
  async removeOther(organizationId: string, id: string, otherId: string) {
    await this.findOne(organizationId, otherId);
    return this.prisma.customer.delete({ where: { id } }); // want "delete on tenant-scoped \"Customer\" does not filter by the tenant"
  }

  async removeThenCheck(organizationId: string, id: string) {
    await this.prisma.customer.delete({ where: { id } }); // want "delete on tenant-scoped \"Customer\" does not filter by the tenant"
    await this.findOne(organizationId, id);
  }

  async removeBranch(organizationId: string, id: string, strict: boolean) {
    if (strict) {
      await this.findOne(organizationId, id);
    } else {
      await this.prisma.customer.delete({ where: { id } }); // want "delete on tenant-scoped \"Customer\" does not filter by the tenant"
    }
    if (strict) {
      await this.findOne(organizationId, id);
    }
    await this.prisma.customer.update({ where: { id }, data: {} }); // want "update on tenant-scoped \"Customer\" does not filter by the tenant"
  }

  // The id given another value after the check, or the check not awaited.
  async removeReassigned(organizationId: string, id: string, next: string) {
    await this.findOne(organizationId, id);
    id = next;
    return this.prisma.customer.delete({ where: { id } }); // want "delete on tenant-scoped \"Customer\" does not filter by the tenant"
  }

  async removeTenantReassigned(organizationId: string, id: string, next: string) {
    await this.findOne(organizationId, id);
    organizationId = next;
    return this.prisma.customer.delete({ where: { id } }); // want "delete on tenant-scoped \"Customer\" does not filter by the tenant"
  }

  async removeUnawaited(organizationId: string, id: string) {
    this.findOne(organizationId, id);
    return this.prisma.customer.delete({ where: { id } }); // want "delete on tenant-scoped \"Customer\" does not filter by the tenant"
  }

  // Handed a literal for the tenant.
  async removeLiteral(id: string) {
    await this.findOne("org_1", id);
    return this.prisma.customer.delete({ where: { id } }); // want "delete on tenant-scoped \"Customer\" does not filter by the tenant"
  }

  // A helper that returns instead of throwing, or never tests its row.
  async findSoft(organizationId: string, id: string) {
    const customer = await this.prisma.customer.findUnique({ where: { id, organizationId } });
    if (!customer) {
      return null;
    }
    return customer;
  }

  async findUntested(organizationId: string, id: string) {
    const customer = await this.prisma.customer.findUnique({ where: { id, organizationId } });
    return customer;
  }

  async removeSoft(organizationId: string, id: string) {
    await this.findSoft(organizationId, id);
    await this.prisma.customer.delete({ where: { id } }); // want "delete on tenant-scoped \"Customer\" does not filter by the tenant"
    await this.findUntested(organizationId, id);
    await this.prisma.customer.update({ where: { id }, data: {} }); // want "update on tenant-scoped \"Customer\" does not filter by the tenant"
  }

  // A helper whose where holds no tenant, or a value of its own body.
  async findAnywhere(organizationId: string, id: string) {
    const customer = await this.prisma.customer.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Customer\" does not filter by the tenant"
    if (!customer) throw new Error("Customer not found");
    return customer;
  }

  async findComputed(organizationId: string, id: string) {
    const org = organizationId.trim();
    const customer = await this.prisma.customer.findUnique({ where: { id, organizationId: org } });
    if (!customer) throw new Error("Customer not found");
    return customer;
  }

  async removeUnscopedHelper(organizationId: string, id: string) {
    await this.findAnywhere(organizationId, id);
    await this.prisma.customer.delete({ where: { id } }); // want "delete on tenant-scoped \"Customer\" does not filter by the tenant"
    await this.findComputed(organizationId, id);
    await this.prisma.customer.update({ where: { id }, data: {} }); // want "update on tenant-scoped \"Customer\" does not filter by the tenant"
  }

  // A helper that may return before its lookup.
  async findMaybe(organizationId: string, id: string, skip: boolean) {
    if (skip) return;
    const customer = await this.prisma.customer.findUnique({ where: { id, organizationId } });
    if (!customer) throw new Error("Customer not found");
    return customer;
  }

  async removeMaybe(organizationId: string, id: string) {
    await this.findMaybe(organizationId, id, true);
    return this.prisma.customer.delete({ where: { id } }); // want "delete on tenant-scoped \"Customer\" does not filter by the tenant"
  }

  // Declared twice (an overload's signature): which body runs is not read.
  async findTwice(organizationId: string, id: string): Promise<unknown>;
  async findTwice(organizationId: string, id: string) {
    const customer = await this.prisma.customer.findUnique({ where: { id, organizationId } });
    if (!customer) throw new Error("Customer not found");
    return customer;
  }

  async removeTwice(organizationId: string, id: string) {
    await this.findTwice(organizationId, id);
    return this.prisma.customer.delete({ where: { id } }); // want "delete on tenant-scoped \"Customer\" does not filter by the tenant"
  }
}

// A constructor's parameter property of the helper's name: the instance's
// own field, not the method, is called.
export class ShadowedService {
  constructor(
    private prisma: PrismaService,
    private findOne: (organizationId: string, id: string) => Promise<void>,
  ) {}

  async findOne(organizationId: string, id: string) {
    const customer = await this.prisma.customer.findUnique({ where: { id, organizationId } });
    if (!customer) throw new Error("Customer not found");
    return customer;
  }

  async remove(organizationId: string, id: string) {
    await this.findOne(organizationId, id);
    return this.prisma.customer.delete({ where: { id } }); // want "delete on tenant-scoped \"Customer\" does not filter by the tenant"
  }
}

// A function of the file doing the same check.
async function requireCustomer(organizationId: string, id: string) {
  const customer = await prisma.customer.findFirst({ where: { id, organizationId } });
  if (!customer) throw new Error("Customer not found");
  return customer;
}

export async function removeCustomer(organizationId: string, id: string) {
  await requireCustomer(organizationId, id);
  await prisma.customer.delete({ where: { id } });
}

// One declared twice in the file.
async function checkCustomer(organizationId: string, id: string) {
  const customer = await prisma.customer.findFirst({ where: { id, organizationId } });
  if (!customer) throw new Error("Customer not found");
  return customer;
}

export async function removeChecked(organizationId: string, id: string) {
  await checkCustomer(organizationId, id);
  await prisma.customer.delete({ where: { id } }); // want "delete on tenant-scoped \"Customer\" does not filter by the tenant"
}

export function shadow() {
  const checkCustomer = (organizationId: string, id: string) => ({ organizationId, id });
  return checkCustomer;
}

declare const prisma: any;

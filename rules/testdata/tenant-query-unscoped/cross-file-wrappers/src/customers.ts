import { prisma } from "./db";
import { Keys } from "./keys";
import { wrapCache, timed, settled, withFallback, remembered, wrapCacheVersioned, wrapCacheStamped, relabelled } from "./cache";

// Lookups of one Customer by id alone, each handed back through one of
// the functions of cache.ts.
export class CustomerService {
  public static id(id: string) {
    return wrapCache(Keys.Customer.id(id), async () => {
      return prisma.customer.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Customer\""
    });
  }

  public static timed(id: string) {
    return timed(async () => prisma.customer.findUnique({ where: { id } })); // want "findUnique on tenant-scoped \"Customer\""
  }

  public static settled(id: string) {
    return settled(async () => prisma.customer.findUnique({ where: { id } })); // want "findUnique on tenant-scoped \"Customer\""
  }

  // The key does not name the id: every id is given the first one's row.
  public static anyId(id: string) {
    return wrapCache("customer", async () => {
      return prisma.customer.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Customer\""
    });
  }

  public static withFallback(id: string) {
    return withFallback(async () => prisma.customer.findUnique({ where: { id } }), { id: "c_1", organizationId: "o_1" }); // want "findUnique on tenant-scoped \"Customer\""
  }

  public static remembered(id: string) {
    return remembered(async () => prisma.customer.findUnique({ where: { id } })); // want "findUnique on tenant-scoped \"Customer\""
  }

  public static versioned(id: string) {
    return wrapCacheVersioned(Keys.Customer.id(id), async () => prisma.customer.findUnique({ where: { id } })); // want "findUnique on tenant-scoped \"Customer\""
  }

  public static stamped(id: string) {
    return wrapCacheStamped(Keys.Customer.id(id), async () => prisma.customer.findUnique({ where: { id } }), null); // want "findUnique on tenant-scoped \"Customer\""
  }

  public static relabelled(id: string, other: string) {
    return relabelled(async () => prisma.customer.findUnique({ where: { id } }) as any, other); // want "findUnique on tenant-scoped \"Customer\""
  }

  // Looks up by its second parameter, not by the first.
  public static byOther(id: string, other: string) {
    return wrapCache(Keys.Customer.id(other), async () => prisma.customer.findUnique({ where: { id: other } })); // want "findUnique on tenant-scoped \"Customer\""
  }

  // The callback returns another model's row.
  public static integration(id: string) {
    return wrapCache(Keys.Customer.id(id), async () => prisma.integration.findUnique({ where: { id } })); // want "findUnique on tenant-scoped \"Integration\""
  }
}

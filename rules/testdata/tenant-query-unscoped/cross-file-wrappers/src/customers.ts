import { prisma } from "./db";
import { Keys, customerKey } from "./keys";
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

  // The key builder handed other values; reported when it may be given an
  // object, read as Keys.Customer.id(id) otherwise.

  // An object handed to the key builder: it may keep it.
  public static keyObject(id: string) {
    return wrapCache(Keys.Customer.id({ id } as any), async () => prisma.customer.findUnique({ where: { id } })); // want "findUnique on tenant-scoped \"Customer\""
  }

  // The arguments spread.
  public static keySpread(id: string) {
    return wrapCache(Keys.Customer.id(...[id]), async () => prisma.customer.findUnique({ where: { id } })); // want "findUnique on tenant-scoped \"Customer\""
  }

  // A template of an object: "[object Object]" for every id.
  public static keyTemplateObject(id: string) {
    return wrapCache(Keys.Customer.id(`${{ id }}`), async () => prisma.customer.findUnique({ where: { id } })); // want "findUnique on tenant-scoped \"Customer\""
  }

  // A constructor makes the key.
  public static keyConstructed(id: string) {
    return wrapCache(new Keys.Customer.Key(id) as any, async () => prisma.customer.findUnique({ where: { id } })); // want "findUnique on tenant-scoped \"Customer\""
  }

  // The import itself handed to the builder.
  public static keyHandedKeys(id: string) {
    return wrapCache(Keys.Customer.id(id, Keys as any), async () => prisma.customer.findUnique({ where: { id } })); // want "findUnique on tenant-scoped \"Customer\""
  }

  // A value that may be an object.
  public static keyOr(id: string) {
    return wrapCache(Keys.Customer.id(id || (Keys as any)), async () => prisma.customer.findUnique({ where: { id } })); // want "findUnique on tenant-scoped \"Customer\""
  }

  // A template of the id.
  public static keyTemplate(id: string) {
    return wrapCache(Keys.Customer.id(`${id}`), async () => prisma.customer.findUnique({ where: { id } })); // want "findUnique on tenant-scoped \"Customer\""
  }

  // A cast of the key.
  public static keyCast(id: string) {
    return wrapCache(Keys.Customer.id(id) as string, async () => prisma.customer.findUnique({ where: { id } })); // want "findUnique on tenant-scoped \"Customer\""
  }

  // A literal joined to the id.
  public static keyLiteral(id: string) {
    return wrapCache(Keys.Customer.id("v2" + id), async () => prisma.customer.findUnique({ where: { id } })); // want "findUnique on tenant-scoped \"Customer\""
  }

  // An optional chain to the builder.
  public static keyOptional(id: string) {
    return wrapCache(Keys.Customer?.id(id), async () => prisma.customer.findUnique({ where: { id } })); // want "findUnique on tenant-scoped \"Customer\""
  }

  // A function of the import, not a method: the same reading.
  public static keyShallow(id: string) {
    return wrapCache(customerKey(id), async () => prisma.customer.findUnique({ where: { id } })); // want "findUnique on tenant-scoped \"Customer\""
  }

  // The builder's value is the where's key, not the cache's.
  public static keyInWhere(id: string) {
    return wrapCache(Keys.Customer.id(id), async () => prisma.customer.findUnique({ where: { id: Keys.Customer.id(id) } })); // want "findUnique on tenant-scoped \"Customer\""
  }

  // A second method of the import handed the row.
  public static keySeen(id: string) {
    return wrapCache(Keys.Customer.id(id), async () => {
      const found = await prisma.customer.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Customer\""
      Keys.Customer.seen(found);
      return found;
    });
  }
}

import { prisma } from "./db";
import { Keys, customerKey, renamedKey } from "./keys";
import { wrapCache } from "./cache";
import { PatchedKeys } from "./keys-patched";

// Lookups of one Customer by id alone through the cache, the key built
// by an import from the id.
export class CustomerService {
  // The legitimate shape: the builder handed the id itself.
  public static id(id: string) {
    return wrapCache(Keys.Customer.id(id), async () => prisma.customer.findUnique({ where: { id } })); // want "findUnique on tenant-scoped \"Customer\""
  }

  // The builder handed what the id's type is: one key for every id, so
  // every id is handed the first one's row.
  public static typeofKey(id: string) {
    return wrapCache(Keys.Customer.id(typeof id), async () => prisma.customer.findUnique({ where: { id } })); // want "findUnique on tenant-scoped \"Customer\""
  }

  // A test of the id: two keys for every id.
  public static testedKey(id: string) {
    return wrapCache(Keys.Customer.id(id !== ""), async () => prisma.customer.findUnique({ where: { id } })); // want "findUnique on tenant-scoped \"Customer\""
  }

  // The id's length: one key for every id of a length.
  public static lengthKey(id: string) {
    return wrapCache(Keys.Customer.id(id.length), async () => prisma.customer.findUnique({ where: { id } })); // want "findUnique on tenant-scoped \"Customer\""
  }

  // No builder: a template of a test of the id.
  public static templateTested(id: string) {
    return wrapCache(`customer:${!id}`, async () => prisma.customer.findUnique({ where: { id } })); // want "findUnique on tenant-scoped \"Customer\""
  }

  // No builder: the id joined as it is.
  public static templatePlain(id: string) {
    return wrapCache(`customer:${id}`, async () => prisma.customer.findUnique({ where: { id } })); // want "findUnique on tenant-scoped \"Customer\""
  }

  // No builder: the id joined by +, and beside another value.
  public static joined(id: string) {
    return wrapCache("customer:" + id, async () => prisma.customer.findUnique({ where: { id } })); // want "findUnique on tenant-scoped \"Customer\""
  }

  public static joinedTwice(id: string, region: string) {
    return wrapCache(`customer:${region}:${id}`, async () => prisma.customer.findUnique({ where: { id } })); // want "findUnique on tenant-scoped \"Customer\""
  }

  // The builder handed the id's length joined to a literal.
  public static lengthJoined(id: string) {
    return wrapCache(Keys.Customer.id("v2" + id.length), async () => prisma.customer.findUnique({ where: { id } })); // want "findUnique on tenant-scoped \"Customer\""
  }

  // Builders read in keys.ts: one that drops the id, one that keeps part
  // of it, one that runs code, reported; an arrow joining it, a function,
  // quiet; one reached through a re-export is not read, reported.
  public static builderAny(id: string) {
    return wrapCache(Keys.Customer.any(id), async () => prisma.customer.findUnique({ where: { id } })); // want "findUnique on tenant-scoped \"Customer\""
  }

  public static builderShort(id: string) {
    return wrapCache(Keys.Customer.short(id), async () => prisma.customer.findUnique({ where: { id } })); // want "findUnique on tenant-scoped \"Customer\""
  }

  public static builderLogged(id: string) {
    return wrapCache(Keys.Customer.logged(id), async () => prisma.customer.findUnique({ where: { id } })); // want "findUnique on tenant-scoped \"Customer\""
  }

  public static builderJoined(id: string) {
    return wrapCache(Keys.Customer.joined(id), async () => prisma.customer.findUnique({ where: { id } })); // want "findUnique on tenant-scoped \"Customer\""
  }

  public static builderFunction(id: string) {
    return wrapCache(customerKey(id), async () => prisma.customer.findUnique({ where: { id } })); // want "findUnique on tenant-scoped \"Customer\""
  }

  public static builderRenamed(id: string) {
    return wrapCache(renamedKey(id), async () => prisma.customer.findUnique({ where: { id } })); // want "findUnique on tenant-scoped \"Customer\""
  }

  // A builder its own file replaces.
  public static builderPatched(id: string) {
    return wrapCache(PatchedKeys.Customer.id(id), async () => prisma.customer.findUnique({ where: { id } })); // want "findUnique on tenant-scoped \"Customer\""
  }

  // A string object: a primitive it is not.
  public static stringObject(id: String) {
    return wrapCache(Keys.Customer.id(id), async () => prisma.customer.findUnique({ where: { id: id as string } })); // want "findUnique on tenant-scoped \"Customer\""
  }
}

declare const prisma: any;

// A let where that a loop's header gives another object is a let
// assigned again: not read as the literal filled by its keys.
export async function loopedWhere(organizationId: string, name: string, others: any[]) {
  let where = {} as any;
  where.name = name;
  where.organizationId = organizationId;
  for (where of others) {
    void 0;
  }
  await prisma.invoice.deleteMany({ where }); // want "cannot see the where of deleteMany on tenant-scoped \"Invoice\"; build it as a const object in this function"
}

declare const prisma: any;

// A link carrying one of the user's tags may be in anyone's collection:
// tags and links are many to many, and a related row says nothing of whose
// the link is. Children through their foreign key do (a collection's
// members).
export async function taggedLinks(userId: number) {
  await prisma.link.findMany({ where: { tags: { some: { ownerId: userId } } } }); // want "findMany on tenant-scoped \"Link\" does not filter by the tenant"
  await prisma.link.findMany({ where: { collection: { ownerId: userId }, tags: { some: { ownerId: userId } } } });
  await prisma.link.findMany({ where: { collection: { members: { some: { userId } } } } });
  return prisma.collection.count({ where: { links: { some: { tags: { some: { ownerId: userId } } } } } }); // want "count on tenant-scoped \"Collection\" does not filter by the tenant"
}

declare const prisma: any;

// An element of the links included with the team's document, taken by a
// variable index: one of its links, or nothing.
export async function pairedByIndex(id: string, teamId: string, changes: any[]) {
  const doc = await prisma.document.findFirst({ where: { id, teamId }, include: { links: true } });
  await Promise.all(
    changes.map((change, index) => {
      if (doc && doc.links[index]) {
        return prisma.link.update({ where: { id: doc.links[index].id }, data: change });
      }
      return null;
    }),
  );
}

// The twins: the document found by id alone, and an index computed from
// another list.
export async function pairedUnscoped(id: string, i: number) {
  const doc = await prisma.document.findFirst({ where: { id }, include: { links: true } }); // want "findFirst on tenant-scoped \"Document\" does not filter by the tenant"
  await prisma.link.update({ where: { id: doc.links[i].id }, data: {} }); // want "update on tenant-scoped \"Link\" does not filter by the tenant"
}

export async function pairedByExpression(id: string, teamId: string, i: number, order: number[], other: any) {
  const doc = await prisma.document.findFirst({ where: { id, teamId }, include: { links: true } });
  await prisma.link.update({ where: { id: doc.links[order[i]].id }, data: {} }); // want "update on tenant-scoped \"Link\" does not filter by the tenant"
  await prisma.link.update({ where: { id: other.links[i].id }, data: {} }); // want "update on tenant-scoped \"Link\" does not filter by the tenant"
}

declare const prisma: any;

// An element of the links included with the team's document, taken by a
// variable index: one of its links, or nothing.
export async function pairedByIndex(id: string, teamId: string, changes: any[]) {
  const doc = await prisma.document.findFirst({ where: { id, teamId }, include: { links: true } });
  await Promise.all(
    changes.map((change, index) => {
      if (doc && doc.links[index]) {
        return prisma.link.update({ where: { id: doc.links[index].id }, data: change }); // want "cannot see what update on \"Link\" links; build its data as objects"
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

// The list replaced before the write: its elements are other rows,
// whatever the index.
export async function pairedReplaced(id: string, teamId: string, i: number, other: any[]) {
  const doc = await prisma.document.findFirst({ where: { id, teamId }, include: { links: true } });
  doc.links = other;
  await prisma.link.update({ where: { id: doc.links[i].id }, data: {} }); // want "update on tenant-scoped \"Link\" does not filter by the tenant"
  await prisma.link.update({ where: { id: doc.links[0].id }, data: {} }); // want "update on tenant-scoped \"Link\" does not filter by the tenant"
}

// An index from the request may be a string: links["length"].id is
// undefined, which a where needing no unique key drops.
export async function pairedByRequest(req: any, teamId: string) {
  const doc = await prisma.document.findFirst({ where: { id: req.query.id, teamId }, include: { links: true } });
  if (!doc) throw new Error("not found");
  const { index } = req.query;
  await prisma.link.deleteMany({ where: { id: doc.links[index].id } }); // want "deleteMany on tenant-scoped \"Link\" does not filter by the tenant"
  return prisma.link.findFirst({ where: { id: doc.links[index].id } }); // want "findFirst on tenant-scoped \"Link\" does not filter by the tenant"
}

// The array shared with a name given new elements: the index may reach
// them, whichever name the element is read by.
export async function pairedGrownAlias(id: string, teamId: string, i: number, other: any[]) {
  const doc = await prisma.document.findFirst({ where: { id, teamId }, include: { links: true } });
  const links = doc.links;
  links.push(...other);
  await prisma.link.update({ where: { id: doc.links[i].id }, data: {} }); // want "update on tenant-scoped \"Link\" does not filter by the tenant"
}

export async function pairedGrownSource(id: string, teamId: string, i: number, other: any[]) {
  const doc = await prisma.document.findFirst({ where: { id, teamId }, include: { links: true } });
  const links = doc.links;
  doc.links.push(...other);
  await prisma.link.update({ where: { id: links[i].id }, data: {} }); // want "update on tenant-scoped \"Link\" does not filter by the tenant"
}

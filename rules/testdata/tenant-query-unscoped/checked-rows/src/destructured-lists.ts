declare const prisma: any;

// The children included with a checked row, taken out of it by a const
// pattern (linkwarden's tag update: `const { links, ...data } = updatedTag`),
// are its children, as `row.links` is.
export async function renameDocument(teamId: string, docId: string) {
  const doc = await prisma.document.findUnique({ where: { id: docId } });
  if (doc?.teamId !== teamId) return;
  const updated = await prisma.document.update({ where: { id: docId }, data: {}, include: { links: { select: { id: true } } } });
  const { links, ...rest } = updated;
  const linkIds = links.map((link) => link.id);
  await prisma.link.updateMany({ where: { id: { in: linkIds } }, data: {} });
  const { links: all } = updated;
  await prisma.link.updateMany({ where: { id: { in: all.map((l) => l.id) } }, data: {} });
  return rest;
}

// Near misses: the list is another row's, or another list by the call.
export async function uncheckedDocument(docId: string) {
  const updated = await prisma.document.update({ where: { id: docId }, data: {}, include: { links: true } }); // want "update on tenant-scoped \"Document\" does not filter by the tenant"
  const { links } = updated;
  await prisma.link.updateMany({ where: { id: { in: links.map((link) => link.id) } }, data: {} }); // want "updateMany on tenant-scoped \"Link\" does not filter by the tenant"
}

export async function otherDocument(teamId: string, docId: string, otherId: string) {
  const doc = await prisma.document.findUnique({ where: { id: docId } });
  if (doc?.teamId !== teamId) return;
  const other = await prisma.document.findUnique({ where: { id: otherId }, include: { links: true } }); // want "findUnique on tenant-scoped \"Document\" does not filter by the tenant"
  const { links } = other;
  await prisma.link.updateMany({ where: { id: { in: links.map((link) => link.id) } }, data: {} }); // want "updateMany on tenant-scoped \"Link\" does not filter by the tenant"
}

export async function shadowedList(teamId: string, docId: string, others: { id: string }[]) {
  const doc = await prisma.document.findUnique({ where: { id: docId }, include: { links: true } });
  if (doc?.teamId !== teamId) return;
  const { links } = doc;
  if (others.length > 0) {
    const links = others;
    await prisma.link.updateMany({ where: { id: { in: links.map((link) => link.id) } }, data: {} }); // want "updateMany on tenant-scoped \"Link\" does not filter by the tenant"
  }
  return links;
}

export async function letPattern(teamId: string, docId: string, others: { id: string }[]) {
  const doc = await prisma.document.findUnique({ where: { id: docId }, include: { links: true } });
  if (doc?.teamId !== teamId) return;
  let { links } = doc;
  links = others;
  await prisma.link.updateMany({ where: { id: { in: links.map((link) => link.id) } }, data: {} }); // want "updateMany on tenant-scoped \"Link\" does not filter by the tenant"
}

declare const prisma: any;

// A token that may be undefined: Prisma drops the filter, and findFirst
// returns some share of any team, so neither it nor the keys read from it
// are the caller's.
export async function optionalToken(token?: string) {
  const share = await prisma.share.findFirst({ where: { token } }); // want "findFirst on tenant-scoped \"Share\" does not filter by the tenant"
  if (!share) return null;
  return prisma.document.findUnique({ where: { id: share.documentId } }); // want "findUnique on tenant-scoped \"Document\" does not filter by the tenant"
}

export async function queryToken(req: { query: { token?: string } }) {
  await prisma.share.findFirst({ where: { token: req.query.token } }); // want "findFirst on tenant-scoped \"Share\" does not filter by the tenant"
  await prisma.document.findFirst({ where: { shares: { some: { token: req.query.token } } } }); // want "findFirst on tenant-scoped \"Document\" does not filter by the tenant"
  await prisma.share.findUnique({ where: { token: req.query.token, id: "x" } }); // want "findUnique on tenant-scoped \"Share\" does not filter by the tenant"
}

// Twins: a token that is set, proved set before the call, or the only
// unique key of a unique lookup (Prisma refuses the where without it).
export async function setToken(token: string, maybe?: string) {
  const share = await prisma.share.findFirst({ where: { token } });
  if (!share) return null;
  await prisma.document.findUnique({ where: { id: share.documentId } });
  await prisma.share.findUnique({ where: { token: maybe } });
  if (!maybe) return null;
  await prisma.share.findFirst({ where: { token: maybe } });
  return prisma.document.findFirst({ where: { shares: { some: { token: maybe } } } });
}

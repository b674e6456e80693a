declare const prisma: any;
declare function log(...args: any[]): void;

// A row's tenant compared with a value taken from the row itself always
// matches: it checks nothing.
export async function selfCompared(id: string) {
  const a = await prisma.document.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Document\" does not filter"
  const teamId = a.teamId;
  if (a.teamId !== teamId) throw new Error("not found");
  const b = await prisma.document.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Document\" does not filter"
  const { teamId: owner } = b;
  if (b.teamId !== owner) throw new Error("not found");
  const c = await prisma.document.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Document\" does not filter"
  if (c.teamId !== c.teamId) throw new Error("not found");
  log(a, b, c);
}

// Compared with the caller's value, or a copy of another name's, it checks.
export async function comparedWithCaller(id: string, session: { teamId: string }) {
  const teamId = session.teamId;
  const a = await prisma.document.findUnique({ where: { id } });
  if (a.teamId !== teamId) throw new Error("not found");
  const { teamId: owner } = session;
  const b = await prisma.document.findUnique({ where: { id } });
  if (b.teamId !== owner) throw new Error("not found");
  log(a, b);
}

declare const prisma: any;

// A const where proves the query that sends it only as that binding: a
// loop or catch variable bound by a pattern hides it too. (A where so
// hidden makes the rule read the outer one as changed: not judged here.)
export async function patternLoopWhere(teamId: string, filters: any[]) {
  const where = { teamId };
  for (const { where } of filters) {
    await prisma.document.findMany({ where }); // want "tenant-scoped \"Document\""
  }
  for (const [where] of filters) {
    await prisma.document.findMany({ where }); // want "tenant-scoped \"Document\""
  }
  try {
    await prisma.document.count({ where: { teamId } });
  } catch ({ where }: any) {
    await prisma.document.findMany({ where }); // want "tenant-scoped \"Document\""
  }
}

// The same for the whole argument object.
export async function patternLoopArgs(teamId: string, queries: any[]) {
  const args = { where: { teamId } };
  await prisma.document.findMany(args);
  for (const { args } of queries) {
    await prisma.document.findMany(args); // want "tenant-scoped \"Document\""
  }
}

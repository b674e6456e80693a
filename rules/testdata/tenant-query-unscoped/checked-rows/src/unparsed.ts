declare const prisma: any;

// Code the parser cannot read is not judged as written: a query in it is
// said, not passed, even where the parser still finds the call.
export async function broken() {
  if prisma.document.findMany({ where: {} }) { return 1; } // want "cannot parse the code here, so a query in it may be misread or missed" "findMany on tenant-scoped \"Document\" does not filter by the tenant"
}

// A syntax error away from any query says nothing of it.
export async function elsewhere(teamId: string) {
  const label = "x" @@ 1;
  return prisma.document.findMany({ where: { teamId } });
}

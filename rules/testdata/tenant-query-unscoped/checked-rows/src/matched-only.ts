declare const prisma: any;
declare function log(value: unknown): boolean;

// A row used only under the test that finds it the tenant's: the function
// names it nowhere else than in that test and the branch it guards, so
// another tenant's row is compared and dropped.
export async function matchedUpdate(id: string, teamId: string) {
  const doc = await prisma.document.findUnique({ where: { id } });
  if (doc && doc.teamId === teamId) {
    await prisma.document.update({ where: { id: doc.id }, data: { sheet: true } });
    return true;
  }
  return false;
}

// The same with the row's presence tested twice and the test in parentheses.
export async function matchedReturned(id: string, teamId: string) {
  const doc = await prisma.document.findFirst({ where: { id } });
  if (doc !== null && (doc.teamId === teamId)) {
    return doc;
  }
  return null;
}

// Twin: the row is returned after the if, whatever its tenant.
export async function matchedThenReturned(id: string, teamId: string) {
  const doc = await prisma.document.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Document\" does not filter by the tenant"
  if (doc && doc.teamId === teamId) {
    return true;
  }
  return doc;
}

// Twin: the row is used in the else branch.
export async function matchedElse(id: string, teamId: string) {
  const doc = await prisma.document.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Document\" does not filter by the tenant"
  if (doc && doc.teamId === teamId) {
    return true;
  } else {
    log(doc);
  }
  return false;
}

// Twin: the row is handed on by the condition before the comparison.
export async function matchedAfterUse(id: string, teamId: string) {
  const doc = await prisma.document.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Document\" does not filter by the tenant"
  if (log(doc) && doc.teamId === teamId) {
    return true;
  }
  return false;
}

// Twin: a copy taken before the if is returned after it.
export async function matchedCopied(id: string, teamId: string) {
  const doc = await prisma.document.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Document\" does not filter by the tenant"
  const held = { doc };
  if (doc && doc.teamId === teamId) {
    return true;
  }
  return held;
}

// Twin: another way into the branch than the comparison.
export async function matchedOrAdmin(id: string, teamId: string, admin: boolean) {
  const doc = await prisma.document.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Document\" does not filter by the tenant"
  if ((doc && doc.teamId === teamId) || admin) {
    return doc;
  }
  return null;
}

declare const prisma: any;

// The list tested is of the row the name holds at the test: given another
// row after the lookup, the fetched one is not checked.
export async function loadedThenReplaced(organizationId: string, id: string, given: any) {
  let variable = await prisma.variable.findFirst({ where: { id }, select: { id: true, values: { where: { organizationId } } } }); // want "findFirst on tenant-scoped \"Variable\" does not filter"
  const fetched = variable;
  variable = given.variable;
  if (!variable || variable.values.length === 0) return null;
  return fetched;
}

export async function searchedThenReplaced(organizationId: string, id: string, given: any) {
  let variable = await prisma.variable.findFirst({ where: { id }, select: { id: true, values: { select: { id: true, organizationId: true } } } }); // want "findFirst on tenant-scoped \"Variable\" does not filter"
  const fetched = variable;
  variable = given.variable;
  const value = variable.values.find((v: any) => v.organizationId === organizationId);
  if (!value) return null;
  return fetched;
}

export async function memberThenReplaced(documentId: string, userId: string, given: any) {
  let document = await prisma.document.findUnique({ where: { id: documentId }, include: { organization: { include: { members: { where: { userId } } } } } }); // want "findUnique on tenant-scoped \"Document\" does not filter"
  const fetched = document;
  document.organization = given.organization;
  if (!document || document.organization.members.length === 0) throw new Error("access denied");
  return fetched;
}

// The twin: a let tested as it was fetched.
export async function loadedKept(organizationId: string, id: string) {
  let variable = await prisma.variable.findFirst({ where: { id }, select: { id: true, values: { where: { organizationId } } } });
  if (!variable || variable.values.length === 0) return null;
  variable = null;
  return variable;
}

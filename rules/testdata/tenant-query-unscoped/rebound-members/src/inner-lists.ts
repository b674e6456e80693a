declare const prisma: any;

// A list loaded with a row and tested before the row is used proves the
// row only as that binding: a const of the row's name in an inner block,
// tested there, is another row.
export async function loadedOtherRow(organizationId: string, id: string, given: any) {
  const variable = await prisma.variable.findFirst({ where: { id }, select: { id: true, values: { where: { organizationId } } } }); // want "findFirst on tenant-scoped \"Variable\" does not filter"
  if (given.x) {
    const variable = given.variable;
    if (!variable || variable.values.length === 0) return null;
  }
  return variable;
}

export async function searchedOtherRow(organizationId: string, id: string, given: any) {
  const variable = await prisma.variable.findFirst({ where: { id }, select: { id: true, values: { select: { id: true, organizationId: true } } } }); // want "findFirst on tenant-scoped \"Variable\" does not filter"
  if (given.x) {
    const variable = given.variable;
    const value = variable.values.find((v: any) => v.organizationId === organizationId);
    if (!value) return null;
  }
  return variable;
}

// The value found in the organization's row proves its own binding only.
export async function searchedOtherValue(organizationId: string, id: string, given: any) {
  const variable = await prisma.variable.findFirst({ where: { id }, select: { id: true, values: { select: { id: true, organizationId: true } } } });
  if (!variable) return null;
  const value = variable.values.find((v: any) => v.organizationId === organizationId);
  if (!value) return null;
  if (given.x) {
    const value = given.value;
    return prisma.value.delete({ where: { id: value.id } }); // want "delete on tenant-scoped \"Value\" does not filter"
  }
  return prisma.value.delete({ where: { id: value.id } });
}

export async function memberOtherRow(documentId: string, userId: string, given: any) {
  const document = await prisma.document.findUnique({ where: { id: documentId }, include: { organization: { include: { members: { where: { userId } } } } } }); // want "findUnique on tenant-scoped \"Document\" does not filter"
  {
    const document = given.document;
    if (!document || document.organization.members.length === 0) throw new Error("access denied");
  }
  return document;
}

// The twins: the row's own binding tested, in a block or not.
export async function loadedSameRow(organizationId: string, id: string, given: any) {
  const variable = await prisma.variable.findFirst({ where: { id }, select: { id: true, values: { where: { organizationId } } } });
  if (!variable || variable.values.length === 0) return null;
  if (given.x) {
    const other = given.variable;
    void other;
  }
  return variable;
}

export async function innerLoadedRow(organizationId: string, id: string, given: any) {
  if (given.x) {
    const variable = await prisma.variable.findFirst({ where: { id: given.id }, select: { id: true, values: { where: { organizationId } } } });
    if (!variable || variable.values.length === 0) return null;
    return variable;
  }
  const variable = await prisma.variable.findFirst({ where: { id }, select: { id: true, values: { where: { organizationId } } } });
  if (!variable || variable.values.length === 0) return null;
  return variable;
}

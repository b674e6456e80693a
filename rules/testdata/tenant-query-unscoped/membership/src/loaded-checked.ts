declare const prisma: any;

// A variable looked up by id with its values of the organization, and
// refused when it has none: only the organization's variable has them.
export async function editValue(organizationId: string, id: string) {
  const variable = await prisma.variable.findFirst({
    where: { id },
    select: { id: true, values: { where: { organizationId } } },
  });
  if (!variable || variable.values.length === 0) {
    return null;
  }
  return variable;
}

// Values filtered by something else, a check that does not leave, and no
// check at all prove nothing.
export async function editValueUnchecked(organizationId: string, id: string, key: string) {
  const a = await prisma.variable.findFirst({ where: { id }, select: { values: { where: { key } } } }); // want "findFirst on tenant-scoped \"Variable\" does not filter"
  if (!a || a.values.length === 0) return null;
  const b = await prisma.variable.findFirst({ where: { id }, include: { values: { where: { organizationId } } } }); // want "findFirst on tenant-scoped \"Variable\" does not filter"
  if (b.values.length === 0) {
    console.log("none");
  }
  const c = await prisma.variable.findFirst({ where: { id }, include: { values: { where: { organizationId } } } }); // want "findFirst on tenant-scoped \"Variable\" does not filter"
  return [a, b, c];
}

// A document looked up by id with its organization's members filtered by
// the user, refused when the user is not one of them.
export async function preview(userId: string, documentId: string) {
  const document = await prisma.document.findUnique({
    where: { id: documentId },
    include: { organization: { include: { members: { where: { userId }, select: { userId: true } } } } },
  });
  if (!document || document.organization.members.length === 0) {
    throw new Error("access denied");
  }
  return document;
}

// The members filtered by role, or invites by the user, say nothing of
// the user's membership.
export async function previewUnchecked(userId: string, documentId: string) {
  const a = await prisma.document.findUnique({ where: { id: documentId }, include: { organization: { include: { members: { where: { role: "ADMIN" } } } } } }); // want "findUnique on tenant-scoped \"Document\" does not filter"
  if (!a || a.organization.members.length === 0) throw new Error("access denied");
  const b = await prisma.document.findUnique({ where: { id: documentId }, include: { organization: { include: { invites: { where: { inviterId: userId } } } } } }); // want "findUnique on tenant-scoped \"Document\" does not filter"
  if (!b || b.organization.invites.length === 0) throw new Error("access denied");
  return [a, b];
}

// The row handed on before its list is found empty has already left: the
// check after it comes too late (as for a comparison, used-before.ts).
declare function send(row: unknown): Promise<void>;

export async function sentBeforeListChecked(organizationId: string, id: string, userId: string) {
  const variable = await prisma.variable.findFirst({ where: { id }, include: { values: { where: { organizationId } } } }); // want "findFirst on tenant-scoped \"Variable\" does not filter"
  await send(variable);
  if (!variable || variable.values.length === 0) return null;
  const document = await prisma.document.findUnique({ where: { id }, include: { organization: { include: { members: { where: { userId } } } } } }); // want "findUnique on tenant-scoped \"Document\" does not filter"
  await send(document);
  if (!document || document.organization.members.length === 0) return null;
  const searched = await prisma.document.findUnique({ where: { id }, include: { organization: { include: { members: true } } } }); // want "findUnique on tenant-scoped \"Document\" does not filter"
  await send(searched);
  if (!searched || !searched.organization.members.some((m: any) => m.userId === userId)) return null;
  return [variable, document, searched];
}

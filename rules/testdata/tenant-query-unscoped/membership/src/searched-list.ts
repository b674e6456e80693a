declare const prisma: any;

// The variable's values searched for the caller's organization, the
// variable refused when it has none there; the value found is then the
// organization's too.
export async function deleteValue(organizationId: string, id: string) {
  const variable = await prisma.variable.findFirst({
    where: { id },
    select: { id: true, values: { select: { id: true, organizationId: true } } },
  });
  if (!variable) return null;
  const value = variable.values.find((v: any) => v.organizationId === organizationId);
  if (!value) {
    return null;
  }
  return prisma.value.delete({ where: { id: value.id } });
}

// Searched by another field, or found and not refused: the variable may be
// any organization's, and so may its value.
export async function deleteValueUnchecked(organizationId: string, id: string, key: string) {
  const variable = await prisma.variable.findFirst({ where: { id }, include: { values: true } }); // want "findFirst on tenant-scoped \"Variable\" does not filter"
  const value = variable.values.find((v: any) => v.key === key);
  if (!value) return null;
  const other = variable.values.find((v: any) => v.organizationId === organizationId);
  console.log(other);
  return prisma.value.delete({ where: { id: value.id } }); // want "delete on tenant-scoped \"Value\" does not filter"
}

// The document's organization searched for the user among its members.
export async function withUser(documentId: string, userId: string, options: object) {
  const document = (await prisma.document.findUnique({ where: { id: documentId }, include: { ...options } })) as { organization: { members: { userId: string }[] } };
  if (!document) throw new Error("not found");
  const isMember = document.organization?.members.some((m) => m.userId === userId);
  if (!isMember) {
    throw new Error("not a member");
  }
  const again = await prisma.document.findUnique({ where: { id: documentId }, include: { organization: { include: { members: true } } } });
  if (!again || !again.organization.members.some((m: any) => m.userId === userId)) return null;
  return [document, again];
}

// A member compared with a constant, a role instead of the user, or a
// check after which the function goes on prove nothing.
export async function withUserUnchecked(documentId: string, userId: string) {
  const a = await prisma.document.findUnique({ where: { id: documentId }, include: { organization: { include: { members: true } } } }); // want "findUnique on tenant-scoped \"Document\" does not filter"
  if (!a.organization.members.some((m: any) => m.userId === "admin")) return null;
  const b = await prisma.document.findUnique({ where: { id: documentId }, include: { organization: { include: { members: true } } } }); // want "findUnique on tenant-scoped \"Document\" does not filter"
  if (!b.organization.members.some((m: any) => m.role === userId)) return null;
  const c = await prisma.document.findUnique({ where: { id: documentId }, include: { organization: { include: { members: true } } } }); // want "findUnique on tenant-scoped \"Document\" does not filter"
  if (!c.organization.members.some((m: any) => m.userId === userId)) {
    console.log("not a member");
  }
  const d = await prisma.document.findUnique({ where: { id: documentId }, include: { organization: { include: { invites: true } } } }); // want "findUnique on tenant-scoped \"Document\" does not filter"
  if (!d.organization.invites.some((i: any) => i.inviterId === userId)) return null;
  return [a, b, c, d];
}

// The list searched is the one loaded: a value the function adds to it
// first, through another name or a call, is found by the search.
export async function addedFirst(organizationId: string, id: string, add: (l: unknown[]) => void) {
  const variable = await prisma.variable.findFirst({ where: { id }, include: { values: true } }); // want "findFirst on tenant-scoped \"Variable\" does not filter"
  const values = variable.values;
  values.push({ id: "x", organizationId });
  if (!variable.values.some((v: any) => v.organizationId === organizationId)) return null;
  const other = await prisma.variable.findFirst({ where: { id }, include: { values: true } }); // want "findFirst on tenant-scoped \"Variable\" does not filter"
  add(other.values);
  if (!other.values.some((v: any) => v.organizationId === organizationId)) return null;
  return [variable, other];
}

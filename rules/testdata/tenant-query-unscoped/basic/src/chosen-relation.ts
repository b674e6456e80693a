declare const prisma: any;

// A relation filter chosen between values is judged by its weakest side,
// as a chosen where is: a side that is undefined filters nothing (an admin
// bypass), one the rule cannot see is a notice, and sides that each scope
// scope.
export async function adminOrMember(id: string, organizationId: string, isAdmin: boolean) {
  return prisma.task.findFirst({ where: { id, project: isAdmin ? undefined : { organizationId } } }); // want "findFirst on tenant-scoped \"Task\" does not filter by the tenant"
}

export async function eitherScoped(id: string, organizationId: string, strict: boolean) {
  return prisma.task.findFirst({ where: { id, project: strict ? { organizationId, id: "p" } : { is: { organizationId } } } });
}

export async function oneSideUnseen(id: string, organizationId: string, filter: any, custom: boolean) {
  return prisma.task.findFirst({ where: { id, project: (custom ? filter : { organizationId }) as any } }); // want "cannot see the where of findFirst on tenant-scoped \"Task\""
}

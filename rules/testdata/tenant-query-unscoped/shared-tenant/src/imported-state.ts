import { activeOrg, sharedOrg, currentOrgOf, RequestState, DEFAULT_ORG, fixedOrg, currentOrgNoted } from "./request-state";

declare const prisma: any;
declare function audit(msg: string): Promise<void>;

// The shared organization read after an await, imported from the module
// that holds it: another request may have set it meanwhile.
export async function listActive() {
  await audit("list");
  return prisma.project.findMany({ where: { organizationId: activeOrg } }); // want "findMany on tenant-scoped \"Project\" filters by \"activeOrg\", a value every request shares"
}

export async function listShared() {
  await audit("list");
  return prisma.project.findMany({ where: { organizationId: sharedOrg } }); // want "findMany on tenant-scoped \"Project\" filters by \"sharedOrg\", a value every request shares"
}

export async function listFromGetter() {
  await audit("list");
  return prisma.project.findMany({ where: { organizationId: currentOrgOf() } }); // want "findMany on tenant-scoped \"Project\" filters by \"heldOrg\", a value every request shares"
}

export async function listFromNotedGetter() {
  await audit("list");
  return prisma.project.findMany({ where: { organizationId: currentOrgNoted() } }); // want "findMany on tenant-scoped \"Project\" filters by \"heldOrg\", a value every request shares"
}

export async function listFromStatic() {
  await audit("list");
  return prisma.task.deleteMany({ where: { organizationId: RequestState.orgId } }); // want "deleteMany on tenant-scoped \"Task\" filters by \"RequestState.orgId\", a value every request shares"
}

// Twins: read before any await (this request's value), consts, a
// readonly static field, and a getter of a const.
export async function listBeforeAwait() {
  const orgId = activeOrg;
  await audit("list");
  await prisma.project.findMany({ where: { organizationId: orgId } });
  await prisma.project.findMany({ where: { organizationId: DEFAULT_ORG } });
  await prisma.project.findMany({ where: { organizationId: RequestState.home } });
  return prisma.project.findMany({ where: { organizationId: fixedOrg() } });
}

import { prisma } from "./db";

// A class of no organization (Quenti's leave handler): the relation's null
// asks for orgId null, as the field's own null does.
export async function leaveable(classId: string) {
	return prisma.class.findUnique({ where: { id: classId, organization: null }, select: { id: true } });
}
export async function leaveableIs(classId: string) {
	return prisma.class.findFirst({ where: { id: classId, organization: { is: null } } });
}
export async function leaveableField(classId: string) {
	return prisma.class.findUnique({ where: { id: classId, orgId: null } });
}
// Through the parent: memberships of classes of no organization.
export async function orphanMembers() {
	return prisma.classMembership.findMany({ where: { class: { organization: null } } });
}

// Near misses that stay reported.

// isNot: null asks for a class of any organization.
export async function anyOrganization(classId: string) {
	return prisma.class.findFirst({ where: { id: classId, organization: { isNot: null } } }); // want "findFirst on tenant-scoped \"Class\" does not filter by the tenant"
}
// is: with a filter beside the null is no null.
export async function isWithMore(classId: string) {
	return prisma.class.findFirst({ where: { id: classId, organization: { is: null, isNot: null } as any } }); // want "cannot see the where of findFirst on tenant-scoped \"Class\""
}
// Another relation to the tenant model, held by another key, null: still
// any organization's classes (a second key to the tenant model beside the
// row's own tenant field names no tenant of the row's: reported as such).
export async function notFlagship(classId: string) {
	return prisma.class.findFirst({ where: { id: classId, flagshipOf: null } }); // want "findFirst on tenant-scoped \"Class\" does not filter by the tenant"
}
// A null that may be another value.
export async function maybeNull(classId: string, org: { id: string } | null) {
	return prisma.class.findFirst({ where: { id: classId, organization: org } }); // want "cannot see the where of findFirst on tenant-scoped \"Class\""
}
// Undefined drops the filter.
export async function undefinedRelation(classId: string) {
	return prisma.class.findFirst({ where: { id: classId, organization: undefined } }); // want "cannot see the where of findFirst on tenant-scoped \"Class\""
}
// Under OR, one branch asks for anything.
export async function orBranch(classId: string) {
	return prisma.class.findFirst({ where: { OR: [{ organization: null }, { id: classId }] } }); // want "findFirst on tenant-scoped \"Class\""
}
// Another key to the tenant model null: classes of every organization that
// are no organization's flagship.
export async function notFlagshipKey() {
	return prisma.class.findMany({ where: { flagshipId: null } }); // want "findMany on tenant-scoped \"Class\" does not filter by the tenant"
}
export async function notFlagshipEquals(classId: string) {
	return prisma.class.findFirst({ where: { id: classId, flagshipId: { equals: null } } }); // want "findFirst on tenant-scoped \"Class\" does not filter by the tenant"
}
// The tenant field itself null: classes of no organization.
export async function noOrganization() {
	return prisma.class.findMany({ where: { orgId: null } });
}

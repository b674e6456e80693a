import type { PrismaClient } from "@prisma/client";
type Ctx = { session: { user: { id: string } }; prisma: PrismaClient };

// The caller's own class memberships (Quenti's folders and join
// handlers): ClassMembership is scoped through its class, and its rows
// name the caller by their required user, as an organization
// membership's do.
export async function myClasses(ctx: Ctx) {
	return ctx.prisma.classMembership.findMany({ where: { userId: ctx.session.user.id }, select: { classId: true } });
}
export async function myClassIn(ctx: Ctx, classId: string) {
	return ctx.prisma.classMembership.findFirst({ where: { classId, userId: ctx.session.user.id } });
}
export async function myClassesByRelation(ctx: Ctx) {
	return ctx.prisma.classMembership.findMany({ where: { user: { id: ctx.session.user.id } } });
}
// The same read on a model with its own tenant field, silent before.
export async function myOrganisations(ctx: Ctx) {
	return ctx.prisma.organizationMembership.findMany({ where: { userId: ctx.session.user.id }, select: { orgId: true } });
}

// Near misses that stay reported.

// Showing the class (a scoped model) of every membership.
export async function myClassesWithClass(ctx: Ctx) {
	return ctx.prisma.classMembership.findMany({ where: { userId: ctx.session.user.id }, include: { class: true } }); // want "findMany on tenant-scoped \"ClassMembership\" does not filter by the tenant"
}
// Showing the section (scoped through the class).
export async function myClassesWithSection(ctx: Ctx) {
	return ctx.prisma.classMembership.findMany({ where: { userId: ctx.session.user.id }, select: { section: true } }); // want "findMany on tenant-scoped \"ClassMembership\" does not filter by the tenant"
}
// An optional user relation: a grade the caller graded is not addressed to
// the caller, and Grade is two levels down.
export async function myGrading(ctx: Ctx) {
	return ctx.prisma.grade.findMany({ where: { graderId: ctx.session.user.id } }); // want "findMany on tenant-scoped \"Grade\" does not filter by the tenant"
}
// A write keyed by the caller alone.
export async function leaveAll(ctx: Ctx) {
	return ctx.prisma.classMembership.deleteMany({ where: { userId: ctx.session.user.id } }); // want "deleteMany on tenant-scoped \"ClassMembership\" does not filter by the tenant"
}
// Another user's memberships.
export async function theirClasses(ctx: Ctx, userId: string) {
	return ctx.prisma.classMembership.findMany({ where: { userId }, select: { classId: true } }); // want "findMany on tenant-scoped \"ClassMembership\" does not filter by the tenant"
}
// The caller under an OR with another user.
export async function eitherClasses(ctx: Ctx, userId: string) {
	return ctx.prisma.classMembership.findMany({ where: { OR: [{ userId: ctx.session.user.id }, { userId }] } }); // want "findMany on tenant-scoped \"ClassMembership\""
}

import { prisma } from "./db";
import { getCurrentUser, auth, getUser } from "./lib/session";

// The caller's own memberships, the caller read from the session helper
// (OpenLIT's getOrganisationsByUser).
export async function myOrganisations() {
	const user = await getCurrentUser();
	if (!user) throw new Error("unauthorized");
	return prisma.organisationUser.findMany({ where: { userId: user!.id }, include: { organisation: true } });
}

// A member of the call's result: "auth().user".
export async function myCurrent() {
	const session = await auth();
	return prisma.organisationUser.findFirst({ where: { userId: session!.user.id, isCurrent: true } });
}

// Not awaited: the entry names the call, whichever way its value is held.
export function myOrganisationsSync() {
	const user = getCurrentUser() as unknown as { id: string };
	return prisma.organisationUser.findMany({ where: { userId: user.id } });
}

// Near misses that stay reported.

// A let, given another user later.
export async function reassigned(otherId: string) {
	let user = await getCurrentUser();
	user = await getUser(otherId);
	return prisma.organisationUser.findMany({ where: { userId: user!.id } }); // want "findMany on tenant-scoped \"OrganisationUser\" does not filter by the tenant"
}

// A const whose id is written.
export async function written(otherId: string) {
	const user = await getCurrentUser();
	user!.id = otherId;
	return prisma.organisationUser.findMany({ where: { userId: user!.id } }); // want "findMany on tenant-scoped \"OrganisationUser\" does not filter by the tenant"
}

// The helper handed an argument: another user's row.
export async function withArgument(otherId: string) {
	const user = await (getCurrentUser as any)(otherId);
	return prisma.organisationUser.findMany({ where: { userId: user.id } }); // want "findMany on tenant-scoped \"OrganisationUser\" does not filter by the tenant"
}

// Another function of another name.
export async function otherHelper(otherId: string) {
	const user = await getUser(otherId);
	return prisma.organisationUser.findMany({ where: { userId: user!.id } }); // want "findMany on tenant-scoped \"OrganisationUser\" does not filter by the tenant"
}

// A parameter of the name, not the call's result.
export async function parameter(user: { id: string }) {
	return prisma.organisationUser.findMany({ where: { userId: user.id } }); // want "findMany on tenant-scoped \"OrganisationUser\" does not filter by the tenant"
}

// The helper's name given to a local function.
export async function localHelper(otherId: string) {
	const getCurrentUser = async () => ({ id: otherId });
	const user = await getCurrentUser();
	return prisma.organisationUser.findMany({ where: { userId: user.id } }); // want "findMany on tenant-scoped \"OrganisationUser\" does not filter by the tenant"
}

// The result's other member, not the entry's path.
export async function otherMember() {
	const session = (await auth()) as any;
	return prisma.organisationUser.findMany({ where: { userId: session.impersonated.id } }); // want "findMany on tenant-scoped \"OrganisationUser\" does not filter by the tenant"
}

// An optional chain: undefined drops the filter.
export async function optionalChain() {
	const user = await getCurrentUser();
	return prisma.organisationUser.findMany({ where: { userId: user?.id } }); // want "findMany on tenant-scoped \"OrganisationUser\" does not filter by the tenant"
}

// Shadowed in a callback by another user.
export async function shadowed(ids: string[]) {
	const user = await getCurrentUser();
	return Promise.all(ids.map((id) => {
		const user = { id };
		return prisma.organisationUser.findMany({ where: { userId: user.id } }); // want "findMany on tenant-scoped \"OrganisationUser\" does not filter by the tenant"
	}));
}

// Destructured from the result: not read (fail closed).
export async function destructured() {
	const { user } = (await auth())!;
	return prisma.organisationUser.findMany({ where: { userId: user.id } }); // want "findMany on tenant-scoped \"OrganisationUser\" does not filter by the tenant"
}

// A write keyed by the caller alone stays reported, as with a parameter path.
export async function clearCurrent() {
	const user = await getCurrentUser();
	return prisma.organisationUser.updateMany({ where: { userId: user!.id }, data: { isCurrent: false } }); // want "updateMany on tenant-scoped \"OrganisationUser\" does not filter by the tenant"
}

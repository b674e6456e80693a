import { prisma } from "./db";
// The file's helper, given another function before the call.
function getCurrentUser(): Promise<{ id: string }> {
	return Promise.resolve({ id: "session" });
}
export async function swapped(otherId: string) {
	// @ts-ignore
	getCurrentUser = async () => ({ id: otherId });
	const user = await getCurrentUser();
	return prisma.organisationUser.findMany({ where: { userId: user.id } }); // want "findMany on tenant-scoped \"OrganisationUser\" does not filter by the tenant"
}

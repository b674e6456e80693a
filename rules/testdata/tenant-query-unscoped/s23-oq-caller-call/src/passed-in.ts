import { prisma } from "./db";
// The helper handed in as a parameter of the name.
export async function passedIn(getCurrentUser: () => Promise<{ id: string }>) {
	const user = await getCurrentUser();
	return prisma.organisationUser.findMany({ where: { userId: user.id } }); // want "findMany on tenant-scoped \"OrganisationUser\" does not filter by the tenant"
}

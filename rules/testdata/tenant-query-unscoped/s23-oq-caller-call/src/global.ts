import { prisma } from "./db";
// Neither imported nor declared here: only an ambient declaration says
// a global of the name exists, which may be anything.
declare function getCurrentUser(): Promise<{ id: string }>;
export async function undeclared() {
	const user = await getCurrentUser();
	return prisma.organisationUser.findMany({ where: { userId: user.id } }); // want "findMany on tenant-scoped \"OrganisationUser\" does not filter by the tenant"
}

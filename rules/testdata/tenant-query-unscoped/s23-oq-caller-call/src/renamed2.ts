import { prisma } from "./db";
import { getUser as getCurrentUser } from "./lib/session";
// Another helper imported under the entry's name, called with no argument.
export async function renamedCall() {
	// @ts-expect-error the helper wants an id
	const user = await getCurrentUser();
	return prisma.organisationUser.findMany({ where: { userId: user!.id } }); // want "findMany on tenant-scoped \"OrganisationUser\" does not filter by the tenant"
}

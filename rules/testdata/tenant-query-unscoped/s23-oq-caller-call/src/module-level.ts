import { prisma } from "./db";
import { getCurrentUser } from "./lib/session";
// Read once when the module loads, not per request.
const user = await getCurrentUser();
export async function moduleUser() {
	return prisma.organisationUser.findMany({ where: { userId: user!.id } }); // want "findMany on tenant-scoped \"OrganisationUser\" does not filter by the tenant"
}

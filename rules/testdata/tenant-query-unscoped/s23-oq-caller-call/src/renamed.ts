import { prisma } from "./db";
import { getUser as getCurrentUser } from "./lib/session";
// Another helper imported under the entry's name.
export async function renamedImport() {
	const user = await (getCurrentUser as any)();
	const me = await getCurrentUser("x");
	return prisma.organisationUser.findMany({ where: { userId: me!.id } }); // want "findMany on tenant-scoped \"OrganisationUser\" does not filter by the tenant"
}
export async function renamedImportNoArgs() {
	const f = getCurrentUser as unknown as () => Promise<{ id: string }>;
	const user = await f();
	return prisma.organisationUser.findMany({ where: { userId: user.id } }); // want "findMany on tenant-scoped \"OrganisationUser\" does not filter by the tenant"
}

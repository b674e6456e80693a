import { prisma } from "./db";
// The file's helper given another function.
function throwIfError(condition: boolean, message: string): void {
	if (condition) throw new Error(message);
}
export function disarm() {
	// @ts-ignore
	throwIfError = () => {};
}
export async function getProjectSwapped(organisationId: string, projectId: string) {
	const project = await prisma.project.findUnique({ where: { id: projectId } }); // want "findUnique on tenant-scoped \"Project\" does not filter by the tenant"
	throwIfError(!project || project.organisationId !== organisationId, "not found");
	return project;
}

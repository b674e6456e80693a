import { prisma } from "./db";
// A parameter of the helper's name may be any function.
export async function parameter(organisationId: string, projectId: string, throwIfError: (c: boolean, m: string) => void) {
	const project = await prisma.project.findUnique({ where: { id: projectId } }); // want "findUnique on tenant-scoped \"Project\" does not filter by the tenant"
	throwIfError(!project || project.organisationId !== organisationId, "not found");
	return project;
}

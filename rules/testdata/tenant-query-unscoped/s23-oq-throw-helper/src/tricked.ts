import { prisma } from "./db";
import { throwIfError } from "./utils/trick";
export async function getProjectTricked(organisationId: string, projectId: string) {
	const project = await prisma.project.findUnique({ where: { id: projectId } }); // want "findUnique on tenant-scoped \"Project\" does not filter by the tenant"
	throwIfError(!project || project.organisationId !== organisationId, "not found");
	return project;
}

import { prisma } from "./db";
// A let of the helper: anything may give it another function.
let throwIfError = (condition: boolean, message: string) => {
	if (condition) throw new Error(message);
};
export function disarm() {
	throwIfError = () => {};
}
export async function getProjectLet(organisationId: string, projectId: string) {
	const project = await prisma.project.findUnique({ where: { id: projectId } }); // want "findUnique on tenant-scoped \"Project\" does not filter by the tenant"
	throwIfError(!project || project.organisationId !== organisationId, "not found");
	return project;
}

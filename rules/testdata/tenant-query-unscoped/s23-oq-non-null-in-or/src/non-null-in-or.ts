import { prisma } from "./db";
declare function send(x: unknown): boolean;

// A redundant `!` after the `!project ||` narrowing: TypeScript reads
// `!project || ((project!).organisationId !== organisationId)`; the
// assertion is erased at run time (OpenLIT's setCurrentProject).
export async function getProject(organisationId: string, projectId: string) {
	const project = await prisma.project.findUnique({ where: { id: projectId } });
	if (!project || project!.organisationId !== organisationId) throw new Error("not found");
	return project;
}

// The same, reading through a nested row with `!`, after `&&` of the row.
export async function getProjectAnd(organisationId: string, projectId: string) {
	const project = await prisma.project.findUnique({ where: { id: projectId } });
	if (project && project!.organisationId !== organisationId) throw new Error("not found");
	return project;
}

// Twins that stay silent, as before: no `!`, and the `!` in an if of its own.
export async function getProjectPlain(organisationId: string, projectId: string) {
	const project = await prisma.project.findUnique({ where: { id: projectId } });
	if (!project || project.organisationId !== organisationId) throw new Error("not found");
	return project;
}

export async function getProjectSplit(organisationId: string, projectId: string) {
	const project = await prisma.project.findUnique({ where: { id: projectId } });
	if (!project) throw new Error("not found");
	if (project!.organisationId !== organisationId) throw new Error("not found");
	return project;
}

// Near misses that stay reported.

// `&&` with a test that is not the row's presence: the mismatch throws
// only when the flag is set.
export async function getProjectFlag(organisationId: string, projectId: string, strict: boolean) {
	const project = await prisma.project.findUnique({ where: { id: projectId } }); // want "findUnique on tenant-scoped \"Project\" does not filter by the tenant"
	if (strict && project!.organisationId !== organisationId) throw new Error("not found");
	return project;
}

// An equality under `||`: a match throws, a mismatch passes.
export async function getProjectEqual(organisationId: string, projectId: string) {
	const project = await prisma.project.findUnique({ where: { id: projectId } }); // want "findUnique on tenant-scoped \"Project\" does not filter by the tenant"
	if (!project || project!.organisationId === organisationId) throw new Error("not found");
	return project;
}

// The join's right side is another row: the comparison tests that one.
export async function getProjectOther(organisationId: string, projectId: string, otherId: string) {
	const project = await prisma.project.findUnique({ where: { id: projectId } }); // want "findUnique on tenant-scoped \"Project\" does not filter by the tenant"
	const other = await prisma.project.findFirst({ where: { id: otherId, organisationId } });
	if (!project || other!.organisationId !== organisationId) throw new Error("not found");
	return project;
}

// Written with parentheses, the assertion holds the join: `(a || project)`
// is a's value when a is truthy, not the row.
export async function getProjectParens(organisationId: string, projectId: string, a: { organisationId: string } | null) {
	const project = await prisma.project.findUnique({ where: { id: projectId } }); // want "findUnique on tenant-scoped \"Project\" does not filter by the tenant"
	if ((a || project)!.organisationId !== organisationId) throw new Error("not found");
	return project;
}

// The mismatch only logs.
export async function getProjectLogs(organisationId: string, projectId: string) {
	const project = await prisma.project.findUnique({ where: { id: projectId } }); // want "findUnique on tenant-scoped \"Project\" does not filter by the tenant"
	if (!project || project!.organisationId !== organisationId) console.log("other tenant");
	return project;
}

// The row handed on before the test.
export async function getProjectSent(organisationId: string, projectId: string) {
	const project = await prisma.project.findUnique({ where: { id: projectId } }); // want "findUnique on tenant-scoped \"Project\" does not filter by the tenant"
	send(project);
	if (!project || project!.organisationId !== organisationId) throw new Error("not found");
	return project;
}

// Compared with the row's own field, not the caller's tenant.
export async function getProjectSelf(projectId: string) {
	const project = await prisma.project.findUnique({ where: { id: projectId } }); // want "findUnique on tenant-scoped \"Project\" does not filter by the tenant"
	if (!project || project!.organisationId !== project.organisationId) throw new Error("not found");
	return project;
}

// `||` under a negation: `!(!project || project!.organisationId !== organisationId)`
// is true for the tenant's row, and the throw takes that one.
export async function getProjectNegated(organisationId: string, projectId: string) {
	const project = await prisma.project.findUnique({ where: { id: projectId } }); // want "findUnique on tenant-scoped \"Project\" does not filter by the tenant"
	if (!(!project || project!.organisationId !== organisationId)) throw new Error("not found");
	return project;
}

// The join's left side gives the name another row before the comparison
// reads it.
export async function getProjectReassigned(organisationId: string, projectId: string, otherId: string) {
	let project = await prisma.project.findUnique({ where: { id: projectId } }); // want "findUnique on tenant-scoped \"Project\" does not filter by the tenant"
	const original = project;
	if (!(project = await prisma.project.findFirst({ where: { id: otherId, organisationId } })) || project!.organisationId !== organisationId) throw new Error("not found");
	return original;
}

// A member chain on the join's right: the nested row's field is compared.
export async function getMemberProject(organisationId: string, memberId: string) {
	const member = await prisma.organisationUser.findUnique({ where: { id: memberId }, include: { organisation: true } });
	if (!member || member.organisation!.id !== organisationId) throw new Error("not found");
	return member;
}

// The `!` on the comparison's right side, after the join: parsed as
// `(!project || organisationId !== project)!.organisationId`.
export async function getProjectRight(organisationId: string, projectId: string) {
	const project = await prisma.project.findUnique({ where: { id: projectId } });
	if (!project || organisationId !== project!.organisationId) throw new Error("not found");
	return project;
}

// Two tests before it, one of them a join of its own.
export async function getProjectDeep(organisationId: string, projectId: string) {
	const project = await prisma.project.findUnique({ where: { id: projectId } });
	if (!project || !project.id || project!.organisationId !== organisationId) throw new Error("not found");
	return project;
}

// The right side's near misses: an equality under `||`, a flag under `&&`,
// a join that gives the name another row.
export async function getProjectRightEqual(organisationId: string, projectId: string) {
	const project = await prisma.project.findUnique({ where: { id: projectId } }); // want "findUnique on tenant-scoped \"Project\" does not filter by the tenant"
	if (!project || organisationId === project!.organisationId) throw new Error("not found");
	return project;
}

export async function getProjectRightFlag(organisationId: string, projectId: string, strict: boolean) {
	const project = await prisma.project.findUnique({ where: { id: projectId } }); // want "findUnique on tenant-scoped \"Project\" does not filter by the tenant"
	if (strict && organisationId !== project!.organisationId) throw new Error("not found");
	return project;
}

export async function getProjectRightReassigned(organisationId: string, projectId: string, otherId: string) {
	let project = await prisma.project.findUnique({ where: { id: projectId } }); // want "findUnique on tenant-scoped \"Project\" does not filter by the tenant"
	const original = project;
	if (!(project = await prisma.project.findFirst({ where: { id: otherId, organisationId } })) || organisationId !== project!.organisationId) throw new Error("not found");
	return original;
}

// The row handed out by the test itself, before the comparison reads it.
export async function getProjectSentInTest(organisationId: string, projectId: string) {
	const project = await prisma.project.findUnique({ where: { id: projectId } }); // want "findUnique on tenant-scoped \"Project\" does not filter by the tenant"
	if (!send(project) || project.organisationId !== organisationId) throw new Error("not found");
	return project;
}
export async function getProjectSentInTestAsserted(organisationId: string, projectId: string) {
	const project = await prisma.project.findUnique({ where: { id: projectId } }); // want "findUnique on tenant-scoped \"Project\" does not filter by the tenant"
	if (!send(project) || project!.organisationId !== organisationId) throw new Error("not found");
	return project;
}
// A presence test and a field test before it hand nothing out.
export async function getProjectTestedFirst(organisationId: string, projectId: string) {
	const project = await prisma.project.findUnique({ where: { id: projectId } });
	if (!project || project.id === "" || project!.organisationId !== organisationId) throw new Error("not found");
	return project;
}

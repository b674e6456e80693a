import { prisma } from "./db";
import { throwIfError, warnIfError } from "./utils/error";
declare function send(x: unknown): boolean;

function invariant(condition: unknown, message?: string): asserts condition {
	if (!condition) {
		throw new Error(message);
	}
}
function failIf(condition: boolean) {
	if (condition) {
		throw new Error("failed");
	}
}
const assertNot = (bad: boolean, message: string) => {
	if (bad) throw new Error(message);
};
function logAndThrow(condition: boolean, message: string) {
	console.log(message);
	if (condition) throw new Error(message);
}
async function throwLater(condition: boolean, message: string) {
	if (condition) throw new Error(message);
}
function throwUnless(condition: boolean, strict: boolean) {
	if (condition && strict) throw new Error("x");
}
function throwIfSecond(message: string, condition: boolean) {
	if (condition) throw new Error(message);
}
function throwOrReturn(condition: boolean) {
	if (condition) throw new Error("x");
	else return;
}

// The imported helper (OpenLIT's setCurrentProject).
export async function getProject(organisationId: string, projectId: string) {
	const project = await prisma.project.findUnique({ where: { id: projectId } });
	throwIfError(!project || project!.organisationId !== organisationId, "not found");
	return project;
}
// The file's own helpers, a function and a const.
export async function getProjectOwn(organisationId: string, projectId: string) {
	const project = await prisma.project.findUnique({ where: { id: projectId } });
	failIf(!project || project.organisationId !== organisationId);
	return project;
}
export async function getProjectConst(organisationId: string, projectId: string) {
	const project = await prisma.project.findUnique({ where: { id: projectId } });
	assertNot(project?.organisationId !== organisationId, "not found");
	return project;
}

// Near misses that stay reported.

// The helper throws when its test is false: the mismatch passes it.
export async function inverted(organisationId: string, projectId: string) {
	const project = await prisma.project.findUnique({ where: { id: projectId } }); // want "findUnique on tenant-scoped \"Project\" does not filter by the tenant"
	invariant(!project || project.organisationId !== organisationId, "not found");
	return project;
}
// It only warns.
export async function warns(organisationId: string, projectId: string) {
	const project = await prisma.project.findUnique({ where: { id: projectId } }); // want "findUnique on tenant-scoped \"Project\" does not filter by the tenant"
	warnIfError(!project || project.organisationId !== organisationId, "not found");
	return project;
}
// It does something else first.
export async function logs(organisationId: string, projectId: string) {
	const project = await prisma.project.findUnique({ where: { id: projectId } }); // want "findUnique on tenant-scoped \"Project\" does not filter by the tenant"
	logAndThrow(!project || project.organisationId !== organisationId, "not found");
	return project;
}
// Async: its throw rejects a promise nobody awaits.
export async function later(organisationId: string, projectId: string) {
	const project = await prisma.project.findUnique({ where: { id: projectId } }); // want "findUnique on tenant-scoped \"Project\" does not filter by the tenant"
	throwLater(!project || project.organisationId !== organisationId, "not found");
	return project;
}
// Its own condition beside the test.
export async function unless(organisationId: string, projectId: string, strict: boolean) {
	const project = await prisma.project.findUnique({ where: { id: projectId } }); // want "findUnique on tenant-scoped \"Project\" does not filter by the tenant"
	throwUnless(!project || project.organisationId !== organisationId, strict);
	return project;
}
// The test handed as its second argument.
export async function second(organisationId: string, projectId: string) {
	const project = await prisma.project.findUnique({ where: { id: projectId } }); // want "findUnique on tenant-scoped \"Project\" does not filter by the tenant"
	throwIfSecond("not found", !project || project.organisationId !== organisationId);
	return project;
}
// An else.
export async function orReturn(organisationId: string, projectId: string) {
	const project = await prisma.project.findUnique({ where: { id: projectId } }); // want "findUnique on tenant-scoped \"Project\" does not filter by the tenant"
	throwOrReturn(!project || project.organisationId !== organisationId);
	return project;
}
// An equality: the helper throws for the tenant's row.
export async function equal(organisationId: string, projectId: string) {
	const project = await prisma.project.findUnique({ where: { id: projectId } }); // want "findUnique on tenant-scoped \"Project\" does not filter by the tenant"
	throwIfError(project?.organisationId === organisationId, "not found");
	return project;
}
// The row handed out before the guard.
export async function sentFirst(organisationId: string, projectId: string) {
	const project = await prisma.project.findUnique({ where: { id: projectId } }); // want "findUnique on tenant-scoped \"Project\" does not filter by the tenant"
	send(project);
	throwIfError(!project || project.organisationId !== organisationId, "not found");
	return project;
}
// A catch around it takes the throw and goes on with the row.
export async function caught(organisationId: string, projectId: string) {
	const project = await prisma.project.findUnique({ where: { id: projectId } }); // want "findUnique on tenant-scoped \"Project\" does not filter by the tenant"
	try {
		throwIfError(!project || project.organisationId !== organisationId, "not found");
	} catch {
		console.log("ignored");
	}
	return project;
}
// Under an if of its own: the guard runs only sometimes.
export async function sometimes(organisationId: string, projectId: string, strict: boolean) {
	const project = await prisma.project.findUnique({ where: { id: projectId } }); // want "findUnique on tenant-scoped \"Project\" does not filter by the tenant"
	if (strict) throwIfError(!project || project.organisationId !== organisationId, "not found");
	return project;
}
// The message carries the row.
export async function rowInMessage(organisationId: string, projectId: string) {
	const project = await prisma.project.findUnique({ where: { id: projectId } }); // want "findUnique on tenant-scoped \"Project\" does not filter by the tenant"
	throwIfError(!project || project.organisationId !== organisationId, JSON.stringify(project));
	return project;
}
// A `,` sequence: the helper's value is not the statement's only call.
export async function awaited(organisationId: string, projectId: string) {
	const project = await prisma.project.findUnique({ where: { id: projectId } }); // want "findUnique on tenant-scoped \"Project\" does not filter by the tenant"
	void throwIfError(!project || project.organisationId !== organisationId, "not found");
	return project;
}
// The test hands the row out before the comparison reads it.
export async function sentInTest(organisationId: string, projectId: string) {
	const project = await prisma.project.findUnique({ where: { id: projectId } }); // want "findUnique on tenant-scoped \"Project\" does not filter by the tenant"
	throwIfError(!send(project) || project.organisationId !== organisationId, "not found");
	return project;
}

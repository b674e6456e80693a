import { prisma } from "./db";

type Input = { evaluatorId?: string; name: string; extra?: Record<string, string> };

async function findInProject(projectId: string, name: string) {
  const found = await prisma.evaluator.findFirst({ where: { name, projectId } });
  return found?.id ?? null;
}

// The create's data spreads the caller's input after the project: it may
// make the evaluator in another project.
export async function spreadAfterProject(projectId: string, input: Input) {
  const reusable = await findInProject(projectId, input.name);
  const evaluatorId = reusable ?? (await prisma.evaluator.create({ data: { projectId, name: input.name, ...input.extra } })).id; // want "cannot see what create on \"Evaluator\" writes to \"projectId\""
  return prisma.assignment.create({ data: { projectId, evaluatorId } }); // want "links a \"Evaluator\" by \"evaluatorId\" alone"
}

// `||` whose left side is the caller's input.
export async function inputOr(projectId: string, input: Input) {
  const evaluatorId = input.evaluatorId || (await prisma.evaluator.create({ data: { projectId, name: input.name } })).id;
  return prisma.assignment.create({ data: { projectId, evaluatorId } }); // want "links a \"Evaluator\" by \"evaluatorId\" alone"
}

// The let given the caller's input in a callback after it was proven.
export async function reassignedInCallback(projectId: string, input: Input) {
  let evaluatorId = (await findInProject(projectId, input.name)) ?? (await prisma.evaluator.create({ data: { projectId, name: input.name } })).id;
  [input].forEach((i) => {
    evaluatorId = i.evaluatorId ?? evaluatorId;
  });
  return prisma.assignment.create({ data: { projectId, evaluatorId } }); // want "links a \"Evaluator\" by \"evaluatorId\" alone"
}

// The let given the caller's input in a loop after it was proven.
export async function reassignedInLoop(projectId: string, input: Input, ids: string[]) {
  let evaluatorId = (await findInProject(projectId, input.name)) ?? (await prisma.evaluator.create({ data: { projectId, name: input.name } })).id;
  for (const id of ids) {
    await prisma.assignment.create({ data: { projectId, evaluatorId } }); // want "links a \"Evaluator\" by \"evaluatorId\" alone"
    evaluatorId = id;
  }
}

// The same without a fallback: a const row a create returned is judged at
// its create, which says it cannot see the project (createdEarlier).
export async function createdWithSpreadAfter(projectId: string, input: Input) {
  const evaluator = await prisma.evaluator.create({ data: { projectId, name: input.name, ...input.extra } }); // want "cannot see what create on \"Evaluator\" writes to \"projectId\""
  return prisma.assignment.create({ data: { projectId, evaluatorId: evaluator.id } });
}

// The spread before the project: the row is the project's.
export async function createdWithSpreadBefore(projectId: string, input: Input) {
  const evaluator = await prisma.evaluator.create({ data: { ...input.extra, projectId, name: input.name } }); // want "cannot see what create on \"Evaluator\" links through this spread"
  return prisma.assignment.create({ data: { projectId, evaluatorId: evaluator.id } });
}

import { prisma } from "./db";

type Input = { evaluatorId?: string; name: string };

async function findInProject(projectId: string, name: string) {
  const found = await prisma.evaluator.findFirst({ where: { name, projectId } });
  return found?.id ?? null;
}

async function findEvaluator(projectId: string, name: string) {
  return prisma.evaluator.findFirst({ where: { name, projectId } });
}

async function findAnywhere(name: string) {
  const found = await prisma.evaluator.findFirst({ where: { name } }); // want "findFirst on tenant-scoped \"Evaluator\" does not filter by the tenant"
  return found?.id ?? null;
}

// The evaluator the helper found in the project, or one made there.
export async function reuseOrCreate(projectId: string, name: string) {
  const reusable = await findInProject(projectId, name);
  const evaluatorId = reusable ?? (await prisma.evaluator.create({ data: { projectId, name } })).id;
  return prisma.assignment.create({ data: { projectId, evaluatorId } });
}

// The same in a let, the found row read inline.
export async function reuseOrCreateLet(projectId: string, name: string) {
  let evaluatorId = (await findEvaluator(projectId, name))?.id ?? (await prisma.evaluator.create({ data: { projectId, name } })).id;
  return prisma.assignment.create({ data: { projectId, evaluatorId } });
}

// A let of two branches: a row found in the project, or one made there.
export async function reuseOrCreateBranches(projectId: string, name: string, reuse: boolean) {
  let evaluatorId: string;
  if (reuse) {
    const found = await prisma.evaluator.findFirstOrThrow({ where: { name, projectId } });
    evaluatorId = found.id;
  } else {
    evaluatorId = (await prisma.evaluator.create({ data: { projectId, name } })).id;
  }
  return prisma.assignment.create({ data: { projectId, evaluatorId } });
}

// The fallback's other side is the caller's input.
export async function inputOrCreate(projectId: string, input: Input) {
  const evaluatorId = input.evaluatorId ?? (await prisma.evaluator.create({ data: { projectId, name: input.name } })).id;
  return prisma.assignment.create({ data: { projectId, evaluatorId } }); // want "links a \"Evaluator\" by \"evaluatorId\" alone"
}

// Found in any project.
export async function anywhereOrCreate(projectId: string, name: string) {
  const reusable = await findAnywhere(name);
  const evaluatorId = reusable ?? (await prisma.evaluator.create({ data: { projectId, name } })).id;
  return prisma.assignment.create({ data: { projectId, evaluatorId } }); // want "links a \"Evaluator\" by \"evaluatorId\" alone"
}

// Made in no project.
export async function reuseOrCreateGlobal(projectId: string, name: string) {
  const reusable = await findInProject(projectId, name);
  const evaluatorId = reusable ?? (await prisma.evaluator.create({ data: { name } })).id;
  return prisma.assignment.create({ data: { projectId, evaluatorId } }); // want "links a \"Evaluator\" by \"evaluatorId\" alone"
}

// The let is given the caller's input later.
export async function reassignedLater(projectId: string, input: Input) {
  let evaluatorId = (await findEvaluator(projectId, input.name))?.id ?? (await prisma.evaluator.create({ data: { projectId, name: input.name } })).id;
  if (input.evaluatorId) {
    evaluatorId = input.evaluatorId;
  }
  return prisma.assignment.create({ data: { projectId, evaluatorId } }); // want "links a \"Evaluator\" by \"evaluatorId\" alone"
}

// A branch given the caller's input.
export async function branchFromInput(projectId: string, input: Input) {
  let evaluatorId: string;
  if (input.evaluatorId) {
    evaluatorId = input.evaluatorId;
  } else {
    evaluatorId = (await prisma.evaluator.create({ data: { projectId, name: input.name } })).id;
  }
  return prisma.assignment.create({ data: { projectId, evaluatorId } }); // want "links a \"Evaluator\" by \"evaluatorId\" alone"
}

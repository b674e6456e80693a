declare const prisma: any;

type Input = { id: string; projectId: string; evaluatorId?: string; flag?: boolean };

async function assertEvaluator(evaluatorId: string, projectId: string) {
  const evaluator = await prisma.evaluator.findFirst({ where: { id: evaluatorId, projectId } });
  if (!evaluator) throw new Error("not found");
}

async function requireOwn(id: string, projectId: string) {
  const row = await prisma.guardrail.findFirst({ where: { id, projectId } });
  if (!row) throw new Error("not found");
  return row;
}

// The evaluator is checked unless it is the one the project's guardrail
// already links, or none (LangWatch's guardrail update).
export async function update(input: Input) {
  const existing = await requireOwn(input.id, input.projectId);
  if (input.evaluatorId !== undefined && input.evaluatorId !== existing.evaluatorId) {
    await assertEvaluator(input.evaluatorId, input.projectId);
  }
  await prisma.guardrail.update({ where: { id: existing.id }, data: { evaluatorId: input.evaluatorId ?? undefined } });
}

// The same check, the comparison alone.
export async function updateChanged(input: Input, evaluatorId: string) {
  const existing = await prisma.guardrail.findFirst({ where: { id: input.id, projectId: input.projectId } });
  if (!existing) throw new Error("not found");
  if (evaluatorId !== existing.evaluatorId) {
    await assertEvaluator(evaluatorId, input.projectId);
  }
  await prisma.guardrail.update({ where: { id: existing.id }, data: { evaluatorId } });
}

// Another term may skip the check for any evaluator.
export async function updateFlagged(input: Input) {
  const existing = await requireOwn(input.id, input.projectId);
  if (input.flag && input.evaluatorId !== existing.evaluatorId) {
    await assertEvaluator(input.evaluatorId!, input.projectId);
  }
  await prisma.guardrail.update({ where: { id: existing.id }, data: { evaluatorId: input.evaluatorId } }); // want "update on \"Guardrail\" links a \"Evaluator\" by \"evaluatorId\" alone"
}

// An empty id is falsy: the check is skipped for it.
export async function updateTruthy(input: Input) {
  const existing = await requireOwn(input.id, input.projectId);
  if (input.evaluatorId && input.evaluatorId !== existing.evaluatorId) {
    await assertEvaluator(input.evaluatorId, input.projectId);
  }
  await prisma.guardrail.update({ where: { id: existing.id }, data: { evaluatorId: input.evaluatorId } }); // want "update on \"Guardrail\" links a \"Evaluator\" by \"evaluatorId\" alone"
}

// Compared with a row found by id alone: any project's evaluator.
export async function updateUnproven(input: Input, evaluatorId: string) {
  const other = await prisma.guardrail.findUnique({ where: { id: input.id } }); // want "findUnique on tenant-scoped \"Guardrail\" does not filter"
  if (evaluatorId !== other.evaluatorId) {
    await assertEvaluator(evaluatorId, input.projectId);
  }
  await prisma.guardrail.updateMany({ where: { id: input.id, projectId: input.projectId }, data: { evaluatorId } }); // want "updateMany on \"Guardrail\" links a \"Evaluator\" by \"evaluatorId\" alone"
}

// The key given another value after the if.
export async function updateReassigned(input: Input, evaluatorId: string, given: string) {
  const existing = await requireOwn(input.id, input.projectId);
  if (evaluatorId !== existing.evaluatorId) {
    await assertEvaluator(evaluatorId, input.projectId);
  }
  evaluatorId = given;
  await prisma.guardrail.update({ where: { id: existing.id }, data: { evaluatorId } }); // want "update on \"Guardrail\" links a \"Evaluator\" by \"evaluatorId\" alone"
}

// The check runs when the key is the stored one, not when it changes.
export async function updateInverted(input: Input, evaluatorId: string) {
  const existing = await requireOwn(input.id, input.projectId);
  if (evaluatorId === existing.evaluatorId) {
    await assertEvaluator(evaluatorId, input.projectId);
  }
  await prisma.guardrail.update({ where: { id: existing.id }, data: { evaluatorId } }); // want "update on \"Guardrail\" links a \"Evaluator\" by \"evaluatorId\" alone"
}

// Nothing checked under the if.
export async function updateUnchecked(input: Input, evaluatorId: string) {
  const existing = await requireOwn(input.id, input.projectId);
  if (evaluatorId !== existing.evaluatorId) {
    console.log("changed");
  }
  await prisma.guardrail.update({ where: { id: existing.id }, data: { evaluatorId } }); // want "update on \"Guardrail\" links a \"Evaluator\" by \"evaluatorId\" alone"
}

// The stored row's key changed after the if.
export async function updateRowChanged(input: Input, evaluatorId: string, other: string) {
  const existing = await requireOwn(input.id, input.projectId);
  if (evaluatorId !== existing.evaluatorId) {
    await assertEvaluator(evaluatorId, input.projectId);
  }
  existing.evaluatorId = other;
  await prisma.guardrail.update({ where: { id: existing.id }, data: { evaluatorId } }); // want "update on tenant-scoped \"Guardrail\" does not filter" "update on \"Guardrail\" links a \"Evaluator\" by \"evaluatorId\" alone"
}

async function findAny(id: string) {
  return prisma.guardrail.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Guardrail\" does not filter"
}

// A helper's row found by id alone holds any project's evaluator.
export async function updateAnyRow(input: Input, evaluatorId: string) {
  const existing = await findAny(input.id);
  if (evaluatorId !== existing.evaluatorId) {
    await assertEvaluator(evaluatorId, input.projectId);
  }
  await prisma.guardrail.updateMany({ where: { id: input.id, projectId: input.projectId }, data: { evaluatorId } }); // want "updateMany on \"Guardrail\" links a \"Evaluator\" by \"evaluatorId\" alone"
}

async function ownCopy(id: string, projectId: string, evaluatorId: string) {
  const row = await prisma.guardrail.findFirst({ where: { id, projectId } });
  const copy = row ? { ...row, evaluatorId } : null;
  return copy ?? row;
}

// A helper's copy of the row may hold another evaluator.
export async function updateCopied(input: Input, evaluatorId: string, given: string) {
  const existing = await ownCopy(input.id, input.projectId, given);
  if (evaluatorId !== existing.evaluatorId) {
    await assertEvaluator(evaluatorId, input.projectId);
  }
  await prisma.guardrail.updateMany({ where: { id: input.id, projectId: input.projectId }, data: { evaluatorId } }); // want "updateMany on \"Guardrail\" links a \"Evaluator\" by \"evaluatorId\" alone"
}

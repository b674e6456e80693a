import { prisma } from "./db";

// The children included under cases read with the project are held by a
// required key to those cases: they are the project's (TestPlanIt's bulk
// edit: steps and field values of the project's cases).
export async function renameSteps(projectId: number, caseIds: number[], text: string) {
  const cases = await prisma.case.findMany({
    where: { id: { in: caseIds }, projectId },
    include: { steps: true },
  });
  for (const caseItem of cases) {
    await prisma.case.update({ where: { id: caseItem.id }, data: { name: text } });
    for (const step of caseItem.steps) {
      await prisma.step.update({ where: { id: step.id }, data: { text } });
    }
    const first = caseItem.steps.find((s) => s.text === "");
    if (first) await prisma.step.delete({ where: { id: first.id } });
  }
}

// The app's shape: children filtered and ordered in the include, the
// list mapped for a version record, a field value picked by its field.
export async function bulkEdit(projectId: number, caseIds: number[], fieldId: number, value: string) {
  const cases = await prisma.case.findMany({
    where: { id: { in: caseIds }, projectId },
    include: { steps: { where: { text: { not: "" } }, orderBy: { id: "asc" } }, values: true },
  });
  if (cases.length !== caseIds.length) throw new Error("not found");
  await prisma.$transaction(async (tx) => {
    for (const caseItem of cases) {
      const existing = caseItem.values.find((v) => v.fieldId === fieldId);
      if (existing) {
        await tx.fieldValue.update({ where: { id: existing.id }, data: { value } });
        await tx.fieldValue.delete({ where: { id: existing.id } });
      }
      for (const step of caseItem.steps) {
        await tx.step.update({ where: { id: step.id }, data: { text: step.text.trim() } });
      }
      const record = caseItem.steps.map((s) => ({ text: s.text }));
      console.log(record.length);
    }
  });
}

// The key selected in the include.
export async function selectedKey(projectId: number, caseIds: number[]) {
  const cases = await prisma.case.findMany({
    where: { id: { in: caseIds }, projectId },
    select: { id: true, steps: { select: { id: true, text: true } } },
  });
  for (const caseItem of cases) {
    for (const step of caseItem.steps) {
      await prisma.step.update({ where: { id: step.id }, data: { text: "" } });
    }
  }
}

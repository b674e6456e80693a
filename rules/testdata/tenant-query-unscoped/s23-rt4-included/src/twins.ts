import { prisma } from "./db";

// The rows' count and another loop that only reads each case's fields
// leave every case's children as read.
export async function countedAndRead(projectId: number, caseIds: number[]) {
  const cases = await prisma.case.findMany({ where: { id: { in: caseIds }, projectId }, include: { steps: true, values: true } });
  if (cases.length !== caseIds.length) throw new Error("not found");
  let n = 0;
  for (const c of cases) n += c.name.length;
  if (cases.some((c) => c.id === 0)) throw new Error(String(n));
  for (const caseItem of cases) {
    const v = caseItem.values.find((x) => x.fieldId === 1);
    if (v) await prisma.fieldValue.delete({ where: { id: v.id } });
    for (const step of caseItem.steps) {
      await prisma.step.update({ where: { id: step.id }, data: { text: "" } });
    }
  }
}

// The children looped in the rows' own forEach.
export async function forEachCase(projectId: number, caseIds: number[]) {
  const cases = await prisma.case.findMany({ where: { id: { in: caseIds }, projectId }, include: { steps: true } });
  cases.forEach(async (caseItem) => {
    for (const step of caseItem.steps) {
      await prisma.step.update({ where: { id: step.id }, data: { text: "" } });
    }
  });
}

// Another loop that hands each case on stays reported.
declare function keep(c: unknown): void;
export async function otherLoopHandsOn(projectId: number, caseIds: number[]) {
  const cases = await prisma.case.findMany({ where: { id: { in: caseIds }, projectId }, include: { steps: true } });
  for (const c of cases) keep(c);
  for (const caseItem of cases) {
    for (const step of caseItem.steps) {
      await prisma.step.update({ where: { id: step.id }, data: { text: "" } }); // want "update on tenant-scoped \"Step\" does not filter by the tenant"
    }
  }
}

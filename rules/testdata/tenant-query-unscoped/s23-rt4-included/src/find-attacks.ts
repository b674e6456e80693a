import { prisma } from "./db";

const other = { id: 1, text: "", fieldId: 1, value: "", caseId: 1 };

// The picked child given another key through Object.assign.
export async function assignedChild(projectId: number, caseIds: number[], id: number) {
  const cases = await prisma.case.findMany({ where: { id: { in: caseIds }, projectId }, include: { values: true } });
  for (const caseItem of cases) {
    const v = caseItem.values.find((x) => x.fieldId === 1);
    if (v) Object.assign(v, { id });
    if (v) await prisma.fieldValue.delete({ where: { id: v.id } }); // want "delete on tenant-scoped \"FieldValue\" does not filter by the tenant"
  }
}

// The picked child with a fallback of another row.
export async function fallbackChild(projectId: number, caseIds: number[]) {
  const cases = await prisma.case.findMany({ where: { id: { in: caseIds }, projectId }, include: { values: true } });
  for (const caseItem of cases) {
    const v = caseItem.values.find((x) => x.fieldId === 1) ?? other;
    await prisma.fieldValue.delete({ where: { id: v.id } }); // want "delete on tenant-scoped \"FieldValue\" does not filter by the tenant"
  }
}

// A child picked from a list the parent's spread made, with another row.
export async function spreadList(projectId: number, caseIds: number[]) {
  const cases = await prisma.case.findMany({ where: { id: { in: caseIds }, projectId }, include: { values: true } });
  for (const caseItem of cases) {
    const merged = { ...caseItem, values: [...caseItem.values, other] };
    const v = merged.values.find((x) => x.fieldId === 1);
    if (v) await prisma.fieldValue.delete({ where: { id: v.id } }); // want "delete on tenant-scoped \"FieldValue\" does not filter by the tenant"
  }
}

// The child picked before an await, the parent's list replaced by a
// callback that runs meanwhile.
export async function replacedMeanwhile(projectId: number, caseIds: number[]) {
  const cases = await prisma.case.findMany({ where: { id: { in: caseIds }, projectId }, include: { values: true } });
  setTimeout(() => {
    cases[0].values = [other];
  });
  for (const caseItem of cases) {
    await Promise.resolve();
    const v = caseItem.values.find((x) => x.fieldId === 1);
    if (v) await prisma.fieldValue.delete({ where: { id: v.id } }); // want "delete on tenant-scoped \"FieldValue\" does not filter by the tenant"
  }
}

// The parent handed to a helper, which may give it other children.
declare function mutate(c: unknown): void;
export async function parentHanded(projectId: number, caseIds: number[]) {
  const cases = await prisma.case.findMany({ where: { id: { in: caseIds }, projectId }, include: { values: true, steps: true } });
  for (const caseItem of cases) {
    mutate(caseItem);
    const v = caseItem.values.find((x) => x.fieldId === 1);
    if (v) await prisma.fieldValue.delete({ where: { id: v.id } }); // want "delete on tenant-scoped \"FieldValue\" does not filter by the tenant"
    for (const step of caseItem.steps) {
      await prisma.step.update({ where: { id: step.id }, data: { text: "" } }); // want "update on tenant-scoped \"Step\" does not filter by the tenant"
    }
  }
}

// The parent's children handed on from inside the loop over another list.
export async function childrenHandedInOtherLoop(projectId: number, caseIds: number[]) {
  const cases = await prisma.case.findMany({ where: { id: { in: caseIds }, projectId }, include: { values: true, steps: true } });
  for (const caseItem of cases) {
    for (const s of caseItem.steps) mutate(s);
    for (const step of caseItem.steps) {
      await prisma.step.update({ where: { id: step.id }, data: { text: "" } }); // want "update on tenant-scoped \"Step\" does not filter by the tenant"
    }
  }
}

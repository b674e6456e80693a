import { prisma } from "./db";

const other = { id: 1, text: "", fieldId: 1, value: "", caseId: 1 };

// An earlier loop over the same rows gives each case another child.
export async function grownInEarlierLoop(projectId: number, caseIds: number[]) {
  const cases = await prisma.case.findMany({ where: { id: { in: caseIds }, projectId }, include: { steps: true, values: true } });
  for (const c of cases) c.values.push(other);
  for (const caseItem of cases) {
    const v = caseItem.values.find((x) => x.fieldId === 1);
    if (v) await prisma.fieldValue.delete({ where: { id: v.id } }); // want "delete on tenant-scoped \"FieldValue\" does not filter by the tenant"
  }
}

// A forEach over the rows replaces each case's list.
export async function replacedInForEach(projectId: number, caseIds: number[]) {
  const cases = await prisma.case.findMany({ where: { id: { in: caseIds }, projectId }, include: { steps: true, values: true } });
  cases.forEach((c) => {
    c.steps = [other];
  });
  for (const caseItem of cases) {
    for (const step of caseItem.steps) {
      await prisma.step.update({ where: { id: step.id }, data: { text: "" } }); // want "update on tenant-scoped \"Step\" does not filter by the tenant"
    }
  }
}

// A case reached by index is given another list.
export async function replacedByIndex(projectId: number, caseIds: number[]) {
  const cases = await prisma.case.findMany({ where: { id: { in: caseIds }, projectId }, include: { steps: true, values: true } });
  cases[0].values = [other];
  for (const caseItem of cases) {
    const v = caseItem.values.find((x) => x.fieldId === 1);
    if (v) await prisma.fieldValue.delete({ where: { id: v.id } }); // want "delete on tenant-scoped \"FieldValue\" does not filter by the tenant"
  }
}

// Object.assign on the case gives it another list.
export async function assignedParent(projectId: number, caseIds: number[]) {
  const cases = await prisma.case.findMany({ where: { id: { in: caseIds }, projectId }, include: { steps: true, values: true } });
  for (const caseItem of cases) {
    Object.assign(caseItem, { values: [other] });
    const v = caseItem.values.find((x) => x.fieldId === 1);
    if (v) await prisma.fieldValue.delete({ where: { id: v.id } }); // want "delete on tenant-scoped \"FieldValue\" does not filter by the tenant"
  }
}

// The case under another name.
export async function aliasedParent(projectId: number, caseIds: number[]) {
  const cases = await prisma.case.findMany({ where: { id: { in: caseIds }, projectId }, include: { steps: true, values: true } });
  for (const caseItem of cases) {
    const alias = caseItem;
    alias.values = [other];
    const v = caseItem.values.find((x) => x.fieldId === 1);
    if (v) await prisma.fieldValue.delete({ where: { id: v.id } }); // want "delete on tenant-scoped \"FieldValue\" does not filter by the tenant"
  }
}

// The find's callback writes the list through its closure.
export async function closureWrite(projectId: number, caseIds: number[]) {
  const cases = await prisma.case.findMany({ where: { id: { in: caseIds }, projectId }, include: { steps: true, values: true } });
  for (const caseItem of cases) {
    const v = caseItem.values.find((x) => {
      caseItem.values[1] = other;
      return x.fieldId === 1;
    });
    if (v) await prisma.fieldValue.delete({ where: { id: v.id } }); // want "delete on tenant-scoped \"FieldValue\" does not filter by the tenant"
  }
}

// A helper run in the find's callback may change the list.
declare function touch(list: unknown): boolean;
export async function closureHelper(projectId: number, caseIds: number[]) {
  const cases = await prisma.case.findMany({ where: { id: { in: caseIds }, projectId }, include: { steps: true, values: true } });
  for (const caseItem of cases) {
    const v = caseItem.values.find((x) => touch(cases) && x.fieldId === 1);
    if (v) await prisma.fieldValue.delete({ where: { id: v.id } }); // want "delete on tenant-scoped \"FieldValue\" does not filter by the tenant"
  }
}

// A list grown while the loop over it runs visits the pushed row.
export async function grownWhileLooping(projectId: number, caseIds: number[]) {
  const cases = await prisma.case.findMany({ where: { id: { in: caseIds }, projectId }, include: { steps: true, values: true } });
  for (const caseItem of cases) {
    const steps = caseItem.steps;
    for (const step of caseItem.steps) {
      await prisma.step.update({ where: { id: step.id }, data: { text: "" } }); // want "update on tenant-scoped \"Step\" does not filter by the tenant"
      steps.push(other);
    }
  }
}

// A sort whose comparator writes a child.
export async function sortingComparator(projectId: number, caseIds: number[], id: number) {
  const cases = await prisma.case.findMany({ where: { id: { in: caseIds }, projectId }, include: { steps: true, values: true } });
  for (const caseItem of cases) {
    caseItem.values.sort((a, b) => ((a.id = id), 0));
    const v = caseItem.values.find((x) => x.fieldId === 1);
    if (v) await prisma.fieldValue.delete({ where: { id: v.id } }); // want "delete on tenant-scoped \"FieldValue\" does not filter by the tenant"
  }
}

// A map whose callback writes a child of another case's list read by index.
export async function mapWritesSibling(projectId: number, caseIds: number[], id: number) {
  const cases = await prisma.case.findMany({ where: { id: { in: caseIds }, projectId }, include: { steps: true, values: true } });
  for (const caseItem of cases) {
    const v = caseItem.values.find((x) => x.fieldId === 1);
    caseItem.values.map(() => cases.map((c) => c.values.push(other)));
    if (v) await prisma.fieldValue.delete({ where: { id: v.id } }); // want "delete on tenant-scoped \"FieldValue\" does not filter by the tenant"
  }
}

import { prisma } from "./db";

const other = { id: 1, text: "", fieldId: 1, value: "", caseId: 1 };

// Cases read without the project.
export async function unscopedParents(caseIds: number[]) {
  const cases = await prisma.case.findMany({ where: { id: { in: caseIds } }, include: { steps: true, values: true } }); // want "findMany on tenant-scoped \"Case\" does not filter by the tenant"
  for (const caseItem of cases) {
    for (const step of caseItem.steps) {
      await prisma.step.update({ where: { id: step.id }, data: { text: "" } }); // want "update on tenant-scoped \"Step\" does not filter by the tenant"
    }
    const v = caseItem.values.find((x) => x.fieldId === 1);
    if (v) await prisma.fieldValue.delete({ where: { id: v.id } }); // want "delete on tenant-scoped \"FieldValue\" does not filter by the tenant"
  }
}

// The include does not return the child's id.
export async function keyNotSelected(projectId: number, caseIds: number[]) {
  const cases = await prisma.case.findMany({
    where: { id: { in: caseIds }, projectId },
    select: { id: true, values: { select: { fieldId: true } } },
  });
  for (const caseItem of cases) {
    const v: any = caseItem.values.find((x) => x.fieldId === 1);
    if (v) await prisma.fieldValue.delete({ where: { id: v.id } }); // want "delete on tenant-scoped \"FieldValue\" does not filter by the tenant"
  }
}

// Another row pushed into the included list before it is read.
export async function pushedChild(projectId: number, caseIds: number[]) {
  const cases = await prisma.case.findMany({ where: { id: { in: caseIds }, projectId }, include: { steps: true, values: true } });
  for (const caseItem of cases) {
    caseItem.values.push(other);
    const v = caseItem.values.find((x) => x.fieldId === 1);
    if (v) await prisma.fieldValue.delete({ where: { id: v.id } }); // want "delete on tenant-scoped \"FieldValue\" does not filter by the tenant"
    caseItem.steps.push(other);
    for (const step of caseItem.steps) {
      await prisma.step.update({ where: { id: step.id }, data: { text: "" } }); // want "update on tenant-scoped \"Step\" does not filter by the tenant"
    }
  }
}

// A callback over the list that writes a child's key.
export async function writingCallback(projectId: number, caseIds: number[], ids: number[]) {
  const cases = await prisma.case.findMany({ where: { id: { in: caseIds }, projectId }, include: { steps: true, values: true } });
  for (const caseItem of cases) {
    caseItem.steps.map((s, i) => (s.id = ids[i]));
    for (const step of caseItem.steps) {
      await prisma.step.update({ where: { id: step.id }, data: { text: "" } }); // want "update on tenant-scoped \"Step\" does not filter by the tenant"
    }
    const v = caseItem.values.find((x) => {
      x.id = ids[0];
      return true;
    });
    if (v) await prisma.fieldValue.delete({ where: { id: v.id } }); // want "delete on tenant-scoped \"FieldValue\" does not filter by the tenant"
  }
}

// The list handed to a helper that may change it.
declare function normalize(list: unknown[]): void;
export async function handedList(projectId: number, caseIds: number[]) {
  const cases = await prisma.case.findMany({ where: { id: { in: caseIds }, projectId }, include: { steps: true, values: true } });
  for (const caseItem of cases) {
    normalize(caseItem.values);
    const v = caseItem.values.find((x) => x.fieldId === 1);
    if (v) await prisma.fieldValue.delete({ where: { id: v.id } }); // want "delete on tenant-scoped \"FieldValue\" does not filter by the tenant"
    normalize(caseItem.steps);
    for (const step of caseItem.steps) {
      await prisma.step.update({ where: { id: step.id }, data: { text: "" } }); // want "update on tenant-scoped \"Step\" does not filter by the tenant"
    }
  }
}

// The list given another value.
export async function replacedList(projectId: number, caseIds: number[]) {
  const cases = await prisma.case.findMany({ where: { id: { in: caseIds }, projectId }, include: { steps: true, values: true } });
  for (const caseItem of cases) {
    caseItem.values = [other];
    const v = caseItem.values.find((x) => x.fieldId === 1);
    if (v) await prisma.fieldValue.delete({ where: { id: v.id } }); // want "delete on tenant-scoped \"FieldValue\" does not filter by the tenant"
  }
}

// An optional key, and a many-to-many list.
export async function looseChildren(projectId: number, caseIds: number[]) {
  const cases = await prisma.case.findMany({ where: { id: { in: caseIds }, projectId }, include: { notes: true, labels: true } });
  for (const caseItem of cases) {
    const n = caseItem.notes.find((x) => x.text === "");
    if (n) await prisma.note.delete({ where: { id: n.id } }); // want "delete on tenant-scoped \"Note\" does not filter by the tenant"
    for (const note of caseItem.notes) {
      await prisma.note.update({ where: { id: note.id }, data: { text: "" } }); // want "update on tenant-scoped \"Note\" does not filter by the tenant"
    }
    for (const label of caseItem.labels) {
      await prisma.label.update({ where: { id: label.id }, data: { name: "" } }); // want "update on tenant-scoped \"Label\" does not filter by the tenant"
    }
    const l = caseItem.labels.find((x) => x.name === "");
    if (l) await prisma.label.delete({ where: { id: l.id } }); // want "delete on tenant-scoped \"Label\" does not filter by the tenant"
  }
}

// Attacks on the other uses of the list.

declare function mutate(x: unknown): void;

// Another child of the list written through a computed name.
export async function pickWrittenByName(projectId: number, caseIds: number[], k: string) {
  const cases = await prisma.case.findMany({ where: { id: { in: caseIds }, projectId }, include: { steps: true } });
  for (const caseItem of cases) {
    const first: any = caseItem.steps.find((s) => s.text === "");
    if (first) first[k] = 1;
    for (const step of caseItem.steps) {
      await prisma.step.update({ where: { id: step.id }, data: { text: "" } }); // want "update on tenant-scoped \"Step\" does not filter by the tenant"
    }
  }
}

// Another loop handing each child on.
export async function loopHandsOn(projectId: number, caseIds: number[]) {
  const cases = await prisma.case.findMany({ where: { id: { in: caseIds }, projectId }, include: { steps: true } });
  for (const caseItem of cases) {
    for (const s of caseItem.steps) mutate(s);
    const first = caseItem.steps.find((s) => s.text === "");
    if (first) await prisma.step.delete({ where: { id: first.id } }); // want "delete on tenant-scoped \"Step\" does not filter by the tenant"
  }
}

// A map that gives the children out, and a forEach that writes them.
export async function mapGivesOut(projectId: number, caseIds: number[], ids: number[]) {
  const cases = await prisma.case.findMany({ where: { id: { in: caseIds }, projectId }, include: { steps: true, values: true } });
  for (const caseItem of cases) {
    const same = caseItem.steps.map((s) => s);
    mutate(same);
    for (const step of caseItem.steps) {
      await prisma.step.update({ where: { id: step.id }, data: { text: "" } }); // want "update on tenant-scoped \"Step\" does not filter by the tenant"
    }
    caseItem.values.forEach((v, i) => {
      v.fieldId = ids[i];
    });
    const v = caseItem.values.find((x) => x.fieldId === 1);
    if (v) await prisma.fieldValue.delete({ where: { id: v.id } }); // want "delete on tenant-scoped \"FieldValue\" does not filter by the tenant"
  }
}

// A let pick, which may be given another row.
export async function letPick(projectId: number, caseIds: number[]) {
  const cases = await prisma.case.findMany({ where: { id: { in: caseIds }, projectId }, include: { values: true } });
  for (const caseItem of cases) {
    let v = caseItem.values.find((x) => x.fieldId === 1);
    if (!v) v = other;
    await prisma.fieldValue.delete({ where: { id: v.id } }); // want "delete on tenant-scoped \"FieldValue\" does not filter by the tenant"
  }
}

// The parents' list grown with another row.
export async function grownParents(projectId: number, caseIds: number[], extra: any) {
  const cases = await prisma.case.findMany({ where: { id: { in: caseIds }, projectId }, include: { values: true } });
  cases.push(extra);
  for (const caseItem of cases) {
    const v = caseItem.values.find((x) => x.fieldId === 1);
    if (v) await prisma.fieldValue.delete({ where: { id: v.id } }); // want "delete on tenant-scoped \"FieldValue\" does not filter by the tenant"
  }
}

// A pick from the list of another row than the loop's.
export async function otherParentPick(projectId: number, caseIds: number[], foreign: any) {
  const cases = await prisma.case.findMany({ where: { id: { in: caseIds }, projectId }, include: { values: true } });
  for (const caseItem of cases) {
    const v = foreign.values.find((x: any) => x.fieldId === 1);
    if (v) await prisma.fieldValue.delete({ where: { id: v.id } }); // want "delete on tenant-scoped \"FieldValue\" does not filter by the tenant"
    console.log(caseItem.id);
  }
}

// A pick whose callback hands each child on: it may change the one it
// picks too.
export async function pickHandsOn(projectId: number, caseIds: number[]) {
  const cases = await prisma.case.findMany({ where: { id: { in: caseIds }, projectId }, include: { values: true } });
  for (const caseItem of cases) {
    const v = caseItem.values.find((x) => mutate(x) === undefined);
    if (v) await prisma.fieldValue.delete({ where: { id: v.id } }); // want "delete on tenant-scoped \"FieldValue\" does not filter by the tenant"
  }
}

// A some() handing each child on, and a pick handed on, beside a loop.
export async function otherUsesHandOn(projectId: number, caseIds: number[]) {
  const cases = await prisma.case.findMany({ where: { id: { in: caseIds }, projectId }, include: { steps: true, values: true } });
  for (const caseItem of cases) {
    caseItem.steps.some((s) => mutate(s) === undefined);
    for (const step of caseItem.steps) {
      await prisma.step.update({ where: { id: step.id }, data: { text: "" } }); // want "update on tenant-scoped \"Step\" does not filter by the tenant"
    }
    const firstValue = caseItem.values.find((x) => x.fieldId === 2);
    mutate(firstValue);
    const v = caseItem.values.find((x) => x.fieldId === 1);
    if (v) await prisma.fieldValue.delete({ where: { id: v.id } }); // want "delete on tenant-scoped \"FieldValue\" does not filter by the tenant"
  }
}

// A callback that takes the list itself and hands it on, or reaches it
// through arguments.
export async function callbackTakesList(projectId: number, caseIds: number[]) {
  const cases = await prisma.case.findMany({ where: { id: { in: caseIds }, projectId }, include: { steps: true, values: true } });
  for (const caseItem of cases) {
    caseItem.steps.forEach((s, i, list) => mutate(list));
    for (const step of caseItem.steps) {
      await prisma.step.update({ where: { id: step.id }, data: { text: "" } }); // want "update on tenant-scoped \"Step\" does not filter by the tenant"
    }
    const v = caseItem.values.find(function () {
      return mutate(arguments[2]);
    });
    if (v) await prisma.fieldValue.delete({ where: { id: v.id } }); // want "delete on tenant-scoped \"FieldValue\" does not filter by the tenant"
  }
}

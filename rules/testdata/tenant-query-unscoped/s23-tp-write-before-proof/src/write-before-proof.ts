import { prisma } from "./db";


// A lookup by the key and the tenant proves the key it read. A write made
// before that lookup, into an object this run of the function made
// itself, in no loop with the lookup or the use, cannot change what the
// lookup read (TestPlanIt's CSV import: the rows are built and written in
// one loop, looked up and updated in the next).

// (a) another object's `id` is written first.
export async function otherIdFirst(projectId: number, caseData: { id: number; name: string }) {
  const other: any = {};
  other.id = 5;
  const found = await prisma.case.findFirst({ where: { id: caseData.id, projectId } });
  if (found) await prisma.case.update({ where: { id: caseData.id }, data: { name: caseData.name } });
}

// (b) a same-named const of an earlier loop has a member written.
export async function earlierLoopMember(projectId: number, rows: string[], list: { id: number; name: string }[]) {
  for (const row of rows) {
    const caseData: any = { values: {} };
    caseData.values[row] = 1;
  }
  for (const caseData of list) {
    const found = await prisma.case.findFirst({ where: { id: caseData.id, projectId } });
    if (found) await prisma.case.update({ where: { id: caseData.id }, data: { name: caseData.name } });
  }
}

// (c) the app's shape: rows built (their id written) in one loop, then
// each looked up with the tenant and updated in the next.
export async function builtThenLooked(projectId: number, csv: string[][]) {
  const toImport: any[] = [];
  for (const cells of csv) {
    const caseData: any = { name: "", fieldValues: {} };
    caseData.id = parseInt(cells[0]);
    caseData.fieldValues[cells[1]] = cells[2];
    toImport.push(caseData);
  }
  for (const caseData of toImport) {
    const existing = await prisma.case.findFirst({ where: { id: caseData.id, projectId } });
    if (existing) await prisma.case.update({ where: { id: caseData.id }, data: { name: caseData.name } });
    const run = await prisma.case.findFirst({ where: { name: caseData.name, projectId } });
    if (run) await prisma.case.update({ where: { id: run.id }, data: { name: "run" } });
  }
}

// The key written itself before its lookup: the lookup read the new value.
export async function ownKeyFirst(projectId: number, caseData: { id: number; name: string }, next: number) {
  const box: any = { id: 0 };
  box.id = next;
  const found = await prisma.case.findFirst({ where: { id: box.id, projectId } });
  if (found) await prisma.case.update({ where: { id: box.id }, data: { name: caseData.name } });
}

// A write before the lookup in a branch, the lookup in a loop after it.
export async function branchThenLoop(projectId: number, list: { id: number; name: string }[], flag: boolean) {
  const o: any = { values: [] };
  if (flag) o.values[0] = 1;
  for (const caseData of list) {
    const found = await prisma.case.findFirst({ where: { id: caseData.id, projectId } });
    if (found) await prisma.case.update({ where: { id: caseData.id }, data: { name: caseData.name } });
  }
}

// Each callback run writes its own object before its own lookup.
export async function ownObjectPerRun(projectId: number, list: { id: number; name: string }[]) {
  await Promise.all(
    list.map(async (caseData) => {
      const o: any = {};
      o.id = caseData.id;
      const found = await prisma.case.findFirst({ where: { id: caseData.id, projectId } });
      if (found) await prisma.case.update({ where: { id: caseData.id }, data: { name: caseData.name } });
    }),
  );
}

// The key read from the object the function made and wrote first.
export async function freshKeyFirst(projectId: number, x: number) {
  const o: any = {};
  o.id = x;
  const found = await prisma.case.findFirst({ where: { id: o.id, projectId } });
  if (found) await prisma.case.update({ where: { id: o.id }, data: { name: "" } });
}

// The app's loop also reports a failed row by its place in the list:
// indexOf on an array the function made compares the row, and reads
// nothing of it.
export async function placeInList(projectId: number, csv: string[][]) {
  const toImport: any[] = [];
  for (const cells of csv) {
    const caseData: any = { name: cells[1] };
    caseData.id = parseInt(cells[0]);
    toImport.push(caseData);
  }
  const errors: number[] = [];
  for (const caseData of toImport) {
    try {
      const existing = await prisma.case.findFirst({ where: { id: caseData.id, projectId } });
      if (existing) await prisma.case.update({ where: { id: caseData.id }, data: { name: caseData.name } });
    } catch {
      errors.push(toImport.indexOf(caseData) + 1);
    }
  }
}

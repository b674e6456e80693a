declare const prisma: any;

// The children included with the rows of a findMany that filters by the
// tenant, read in a loop inside the loop over those rows (refly's skill
// executions and their workflows): each child belongs to one of the rows.
export async function stopRuns(teamId: string) {
  const runs = await prisma.run.findMany({ where: { teamId }, include: { steps: { where: { status: "running" } } } });
  for (const run of runs) {
    for (const step of run.steps) {
      await prisma.step.update({ where: { id: step.id }, data: { status: "failed" } });
    }
  }
  runs.forEach((run: any) => run.steps.forEach((step: any) => prisma.step.delete({ where: { id: step.id } })));
}

// Twin: rows not filtered by the tenant have anyone's children.
export async function stopAllRuns() {
  const runs = await prisma.run.findMany({ include: { steps: true } }); // want "findMany on tenant-scoped \"Run\" has no where"
  for (const run of runs) {
    for (const step of run.steps) {
      await prisma.step.update({ where: { id: step.id }, data: { status: "failed" } }); // want "update on tenant-scoped \"Step\" does not filter"
    }
  }
}

// Twin: the loop variable given another value is no child of the row.
export async function stopReplaced(teamId: string, other: { id: string }) {
  const runs = await prisma.run.findMany({ where: { teamId }, include: { steps: true } });
  for (const run of runs) {
    for (let step of run.steps) {
      step = other;
      await prisma.step.update({ where: { id: step.id }, data: { status: "failed" } }); // want "update on tenant-scoped \"Step\" does not filter"
    }
  }
}

// Twin: the outer loop variable given another row.
export async function stopOtherRun(teamId: string, other: any) {
  const runs = await prisma.run.findMany({ where: { teamId }, include: { steps: true } });
  for (let run of runs) {
    run = other;
    for (const step of run.steps) {
      await prisma.step.update({ where: { id: step.id }, data: { status: "failed" } }); // want "update on tenant-scoped \"Step\" does not filter"
    }
  }
}

// Twin: a many-to-many list links rows the run does not own, and an
// optional key is not held by the parent alone.
export async function relabel(teamId: string) {
  const runs = await prisma.run.findMany({ where: { teamId }, include: { labels: true, notes: true } });
  for (const run of runs) {
    for (const label of run.labels) {
      await prisma.label.update({ where: { id: label.id }, data: {} }); // want "update on tenant-scoped \"Label\" does not filter"
    }
    for (const note of run.notes) {
      await prisma.note.delete({ where: { id: note.id } }); // want "delete on tenant-scoped \"Note\" does not filter"
    }
  }
}

// Twin: a list of the request's, not a row's children.
export async function stopGiven(teamId: string, input: { runs: { steps: { id: string }[] }[] }) {
  for (const run of input.runs) {
    for (const step of run.steps) {
      await prisma.step.update({ where: { id: step.id }, data: { status: "failed" } }); // want "update on tenant-scoped \"Step\" does not filter"
    }
  }
}

// Twin: the list given other rows, or the row's children added to.
export async function stopGrown(teamId: string, other: any) {
  let runs = await prisma.run.findMany({ where: { teamId }, include: { steps: true } });
  runs = other;
  for (const run of runs) {
    for (const step of run.steps) {
      await prisma.step.update({ where: { id: step.id }, data: { status: "failed" } }); // want "update on tenant-scoped \"Step\" does not filter"
    }
  }
  const listed = await prisma.run.findMany({ where: { teamId }, include: { steps: true } });
  for (const run of listed) {
    run.steps.push(other);
    for (const step of run.steps) {
      await prisma.step.update({ where: { id: step.id }, data: { status: "failed" } }); // want "update on tenant-scoped \"Step\" does not filter"
    }
  }
}

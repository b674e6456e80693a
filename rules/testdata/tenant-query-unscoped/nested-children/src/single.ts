declare const prisma: any;

// The children included with one row found with the tenant, looped over:
// each step holds a required key to its run, so it is the run's.
export async function stopSteps(teamId: string, runId: string) {
  const run = await prisma.run.findFirst({ where: { id: runId, teamId }, include: { steps: true } });
  if (!run) return;
  for (const step of run.steps) {
    await prisma.step.update({ where: { id: step.id }, data: { status: "failed" } });
  }
  run.steps.forEach((step: any) => prisma.step.delete({ where: { id: step.id } }));
  await Promise.all(run.steps.map((step: any) => prisma.step.delete({ where: { id: step.id } })));
  await prisma.step.delete({ where: { id: run.steps[0].id } });
}

// Twin: a many-to-many list is held by a join table, which may link
// another team's labels to this run; nothing in the schema ties them.
export async function relabelRun(teamId: string, runId: string) {
  const run = await prisma.run.findFirst({ where: { id: runId, teamId }, include: { labels: true } });
  if (!run) return;
  for (const label of run.labels) {
    await prisma.label.update({ where: { id: label.id }, data: {} }); // want "update on tenant-scoped \"Label\" does not filter"
  }
  run.labels.forEach((label: any) => prisma.label.delete({ where: { id: label.id } })); // want "delete on tenant-scoped \"Label\" does not filter"
  await Promise.all(run.labels.map((label: any) => prisma.label.delete({ where: { id: label.id } }))); // want "delete on tenant-scoped \"Label\" does not filter"
  await prisma.label.delete({ where: { id: run.labels[0].id } }); // want "delete on tenant-scoped \"Label\" does not filter"
}

// Twin: a list whose rows hold an optional key to the run.
export async function dropNotes(teamId: string, runId: string) {
  const run = await prisma.run.findFirst({ where: { id: runId, teamId }, include: { notes: true } });
  if (!run) return;
  for (const note of run.notes) {
    await prisma.note.delete({ where: { id: note.id } }); // want "delete on tenant-scoped \"Note\" does not filter"
  }
}


// A many-to-many list read with a where that filters it by the tenant:
// the rows it let through are the tenant's.
export async function relabelFiltered(teamId: string, runId: string) {
  const run = await prisma.run.findFirst({ where: { id: runId, teamId }, include: { labels: { where: { teamId } } } });
  if (!run) return;
  for (const label of run.labels) {
    await prisma.label.update({ where: { id: label.id }, data: {} });
  }
  const picked = await prisma.run.findFirst({ where: { id: runId, teamId }, select: { id: true, labels: { where: { teamId }, select: { id: true } } } });
  await Promise.all(picked.labels.map((label: any) => prisma.label.delete({ where: { id: label.id } })));
}

// Twin: a where that does not filter by the tenant, or one a spread may
// replace.
export async function relabelOtherFilter(teamId: string, runId: string, more: any) {
  const run = await prisma.run.findFirst({ where: { id: runId, teamId }, include: { labels: { where: { id: { not: "x" } } } } });
  if (!run) return;
  for (const label of run.labels) {
    await prisma.label.update({ where: { id: label.id }, data: {} }); // want "update on tenant-scoped \"Label\" does not filter"
  }
  const spread = await prisma.run.findFirst({ where: { id: runId, teamId }, include: { labels: { where: { teamId }, ...more } } });
  for (const label of spread.labels) {
    await prisma.label.update({ where: { id: label.id }, data: {} }); // want "update on tenant-scoped \"Label\" does not filter"
  }
}

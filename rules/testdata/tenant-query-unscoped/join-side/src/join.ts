declare const prisma: any;

// The far side of a join model: the links are the run's, but a link may
// point at another team's label, and nothing in the schema ties them.
export async function relabel(teamId: string, runId: string) {
  const run = await prisma.run.findFirst({ where: { id: runId, teamId }, include: { labelLinks: { include: { label: true } } } });
  if (!run) return;
  await prisma.label.delete({ where: { id: run.labelLinks[0].labelId } }); // want "delete on tenant-scoped \"Label\" does not filter"
  await prisma.label.delete({ where: { id: run.labelLinks[0].label.id } }); // want "delete on tenant-scoped \"Label\" does not filter"
  for (const link of run.labelLinks) {
    await prisma.label.update({ where: { id: link.labelId }, data: {} }); // want "update on tenant-scoped \"Label\" does not filter"
  }
}

// Twin: the join row itself, and the way back to its run, are the run's.
export async function unlink(teamId: string, runId: string) {
  const run = await prisma.run.findFirst({ where: { id: runId, teamId }, include: { labelLinks: true } });
  if (!run) return;
  await prisma.runLabel.delete({ where: { id: run.labelLinks[0].id } });
  await prisma.run.update({ where: { id: run.labelLinks[0].runId }, data: {} });
  await prisma.run.update({ where: { id: run.labelLinks[0].run.id }, data: {} });
  for (const link of run.labelLinks) {
    await prisma.runLabel.delete({ where: { id: link.id } });
  }
}

// Twin: links read with a where that filters their labels by the tenant.
export async function relabelFiltered(teamId: string, runId: string) {
  const run = await prisma.run.findFirst({ where: { id: runId, teamId }, include: { labelLinks: { where: { label: { teamId } } } } });
  if (!run) return;
  await prisma.label.delete({ where: { id: run.labelLinks[0].labelId } });
}

// Twin: a where that filters the links by their run's tenant proves the
// links, not the labels they point at.
export async function relabelLinksFiltered(teamId: string, runId: string) {
  const run = await prisma.run.findFirst({ where: { id: runId, teamId }, include: { labelLinks: { where: { run: { teamId } } } } });
  if (!run) return;
  await prisma.label.delete({ where: { id: run.labelLinks[0].labelId } }); // want "delete on tenant-scoped \"Label\" does not filter"
}

// A step's check is a child of a run, as the step is, but maybe of
// another run: nothing ties the check's run to the step's.
export async function recheck(teamId: string, runId: string) {
  const run = await prisma.run.findFirst({ where: { id: runId, teamId }, include: { steps: true } });
  if (!run) return;
  await prisma.check.delete({ where: { id: run.steps[0].checkId } }); // want "delete on tenant-scoped \"Check\" does not filter"
  await prisma.check.delete({ where: { id: run.steps[0].check.id } }); // want "delete on tenant-scoped \"Check\" does not filter"
}

// Twin: a step's worker is no child of the run; the step may name
// another team's.
export async function retire(teamId: string, runId: string) {
  const run = await prisma.run.findFirst({ where: { id: runId, teamId }, include: { steps: true } });
  if (!run) return;
  await prisma.worker.delete({ where: { id: run.steps[0].workerId } }); // want "delete on tenant-scoped \"Worker\" does not filter"
  await prisma.worker.delete({ where: { id: run.steps[0].worker.id } }); // want "delete on tenant-scoped \"Worker\" does not filter"
}

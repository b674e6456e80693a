declare const prisma: any;
declare function newID(): string;
declare function publish(appId: string): Promise<string>;

// The key of the tenant's row found, or a fresh one (refly's
// createWorkflowApp): inside `if (existing)` it is the row's key, and after
// an if whose else creates the row with it, it is the tenant's row either way.
export async function publishApp(teamId: string, canvasId: string, title: string) {
  const existing = await prisma.app.findFirst({ where: { canvasId, teamId } });
  const appId = existing?.appId ?? newID();
  if (existing) {
    await prisma.app.update({ where: { appId }, data: { title } });
  } else {
    await prisma.app.create({ data: { appId, teamId, canvasId, title } });
  }
  const shareId = await publish(appId);
  await prisma.app.update({ where: { appId }, data: { shareId } });
}

// Twin: the row found without the tenant is anyone's.
export async function publishAnyApp(teamId: string, canvasId: string, title: string) {
  const existing = await prisma.app.findFirst({ where: { canvasId } }); // want "findFirst on tenant-scoped \"App\" does not filter"
  const appId = existing?.appId ?? newID();
  if (existing) {
    await prisma.app.update({ where: { appId }, data: { title } }); // want "update on tenant-scoped \"App\" does not filter"
  } else {
    await prisma.app.create({ data: { appId, teamId, canvasId, title } });
  }
  await prisma.app.update({ where: { appId }, data: { title } }); // want "update on tenant-scoped \"App\" does not filter"
}

// Twin: existing not tested, the key may be the fresh one, and no create.
export async function publishUntested(teamId: string, canvasId: string, title: string, ready: boolean) {
  const existing = await prisma.app.findFirst({ where: { canvasId, teamId } });
  const appId = existing?.appId ?? newID();
  if (ready) {
    await prisma.app.update({ where: { appId }, data: { title } }); // want "update on tenant-scoped \"App\" does not filter"
  }
  await prisma.app.update({ where: { appId }, data: { title } }); // want "update on tenant-scoped \"App\" does not filter"
}

// Twin: the else branch creates the row only sometimes, or with another
// key, or is missing; a nullable key falls back when it is null.
export async function publishSometimes(teamId: string, canvasId: string, title: string, ready: boolean) {
  const existing = await prisma.app.findFirst({ where: { canvasId, teamId } });
  const appId = existing?.appId ?? newID();
  if (existing) {
    await prisma.app.update({ where: { appId }, data: { title } });
  } else if (ready) {
    await prisma.app.create({ data: { appId, teamId, canvasId, title } });
  }
  await prisma.app.update({ where: { appId }, data: { title } }); // want "update on tenant-scoped \"App\" does not filter"
  if (existing) {
    await prisma.app.update({ where: { appId }, data: { title } });
  } else {
    await prisma.app.create({ data: { appId: newID(), teamId, canvasId, title } });
  }
  await prisma.app.update({ where: { appId }, data: { title } }); // want "update on tenant-scoped \"App\" does not filter"
  if (existing) {
    await prisma.app.update({ where: { appId }, data: { title } });
  }
  await prisma.app.update({ where: { appId }, data: { title } }); // want "update on tenant-scoped \"App\" does not filter"
}

export async function shareByApp(teamId: string, appId: string) {
  const share = await prisma.share.findFirst({ where: { appId, teamId } });
  const key = share?.appId ?? newID();
  if (share) {
    await prisma.app.update({ where: { appId: key }, data: { title: "" } }); // want "update on tenant-scoped \"App\" does not filter"
  }
}

// Twin: a select that leaves the key out finds a row without it, and the
// fallback, here the caller's, is taken inside the test.
export async function selectedTitle(teamId: string, canvasId: string, given: string) {
  const existing = await prisma.app.findFirst({ where: { canvasId, teamId }, select: { title: true } });
  const appId = existing?.appId ?? given;
  if (existing) {
    await prisma.app.update({ where: { appId }, data: { title: "" } }); // want "update on tenant-scoped \"App\" does not filter"
  }
  const found = await prisma.app.findFirst({ where: { canvasId, teamId }, select: { appId: true } });
  const key = found?.appId ?? given;
  if (found) {
    await prisma.app.update({ where: { appId: key }, data: { title: "" } });
  }
}

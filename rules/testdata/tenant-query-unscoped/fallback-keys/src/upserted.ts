import { v4 } from "uuid";

declare const prisma: any;
declare function record(id: string): Promise<void>;

// The key of the tenant's row found, or a fresh one, given to an upsert
// whose create writes its row with it (Chaindesk's zendesk callback):
// without the row the key is one no row holds, so the upsert creates.
export async function saveApp(teamId: string, canvasId: string, title: string) {
  const existing = await prisma.app.findFirst({ where: { canvasId, teamId } });
  const appId = existing?.appId || v4();
  await prisma.app.upsert({ where: { appId }, create: { appId, teamId, canvasId, title }, update: { title } });
  const key = existing?.appId ?? v4();
  await prisma.app.upsert({ where: { appId: key }, create: { appId: key, teamId, canvasId, title }, update: { title } });
}

// Near misses: the fallback is the caller's, the row was found without
// the tenant, the create writes another key, an update has no create.
export async function saveAnyApp(teamId: string, canvasId: string, title: string, given: string) {
  const existing = await prisma.app.findFirst({ where: { canvasId, teamId } });
  const appId = existing?.appId || given;
  await prisma.app.upsert({ where: { appId }, create: { appId, teamId, canvasId, title }, update: { title } }); // want "upsert on tenant-scoped \"App\" does not filter"
  const anyone = await prisma.app.findFirst({ where: { canvasId } }); // want "findFirst on tenant-scoped \"App\" does not filter"
  const anyId = anyone?.appId || v4();
  await prisma.app.upsert({ where: { appId: anyId }, create: { appId: anyId, teamId, canvasId, title }, update: { title } }); // want "upsert on tenant-scoped \"App\" does not filter"
  const freshId = existing?.appId || v4();
  await prisma.app.upsert({ where: { appId: freshId }, create: { appId: given, teamId, canvasId, title }, update: { title } }); // want "upsert on tenant-scoped \"App\" does not filter"
  await prisma.app.update({ where: { appId: freshId }, data: { title } }); // want "update on tenant-scoped \"App\" does not filter"
}

// Near misses: the row's key set to the caller's before the fallback is
// read, through the row or another name for it; the upsert then updates
// the row the caller named.
export async function savedOverKey(teamId: string, canvasId: string, title: string, given: string) {
  const existing = await prisma.app.findFirst({ where: { canvasId, teamId } });
  if (existing) existing.appId = given;
  const appId = existing?.appId || v4();
  await prisma.app.upsert({ where: { appId }, create: { appId, teamId, canvasId, title }, update: { title } }); // want "upsert on tenant-scoped \"App\" does not filter"
}

export async function savedOverAlias(teamId: string, canvasId: string, title: string, given: string) {
  const existing = await prisma.app.findFirst({ where: { canvasId, teamId } });
  const same = existing;
  if (same) same.appId = given;
  const appId = existing?.appId || v4();
  await prisma.app.upsert({ where: { appId }, create: { appId, teamId, canvasId, title }, update: { title } }); // want "upsert on tenant-scoped \"App\" does not filter"
}

// Near miss: the fresh key handed to a call before the upsert, which may
// write a row with it anywhere; the upsert then updates that row.
export async function savedHanded(teamId: string, canvasId: string, title: string) {
  const existing = await prisma.app.findFirst({ where: { canvasId, teamId } });
  const appId = existing?.appId || v4();
  await record(appId);
  await prisma.app.upsert({ where: { appId }, create: { appId, teamId, canvasId, title }, update: { title } }); // want "upsert on tenant-scoped \"App\" does not filter"
  return appId;
}

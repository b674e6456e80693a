import { db } from "./db";

// A row found with the tenant, its key then set through another name it
// goes by (a callback's parameter, a loop's element): the rows hold keys
// no proof checked. Each leak has a twin without the write that stays
// quiet.
export async function pickedAfterForEach(organisationId: string, pickedId: string, other: string) {
  const recent = await db.memory.findMany({ where: { organisationId, kind: "recent" } });
  recent.forEach((m) => {
    m.id = other;
  });
  const match = recent.find((m) => m.id === pickedId);
  if (match) {
    await db.memory.update({ where: { id: match.id }, data: { kind: "seen" } }); // want "update on tenant-scoped \"Memory\" does not filter by the tenant"
  }
}

export async function pickedUnchanged(organisationId: string, pickedId: string) {
  const recent = await db.memory.findMany({ where: { organisationId, kind: "recent" } });
  const match = recent.find((m) => m.id === pickedId);
  if (match) {
    await db.memory.update({ where: { id: match.id }, data: { kind: "seen" } });
  }
}

export async function mappedAfterLoop(organisationId: string, other: string) {
  const recent = await db.memory.findMany({ where: { organisationId, kind: "recent" } });
  for (const m of recent) m.id = other;
  await db.memory.updateMany({ where: { id: { in: recent.map((m) => m.id) } }, data: { kind: "seen" } }); // want "updateMany on tenant-scoped \"Memory\" does not filter by the tenant"
}

export async function mappedUnchanged(organisationId: string) {
  const recent = await db.memory.findMany({ where: { organisationId, kind: "recent" } });
  await db.memory.updateMany({ where: { id: { in: recent.map((m) => m.id) } }, data: { kind: "seen" } });
}

// A parent's key filled in on each row from the input, then linked.
export async function parentDefaulted(organisationId: string, fallback: string) {
  const bots = await db.bot.findMany({ where: { organisationId } });
  bots.forEach((b) => {
    b.folderId ??= fallback;
  });
  for (const b of bots) {
    await db.bot.update({ where: { id: b.id, organisationId }, data: { archiveId: b.folderId } }); // want "update on \"Bot\" links a \"Folder\" by \"archiveId\" alone"
  }
}

export async function parentKept(organisationId: string) {
  const bots = await db.bot.findMany({ where: { organisationId } });
  for (const b of bots) {
    await db.bot.update({ where: { id: b.id, organisationId }, data: { archiveId: b.folderId } });
  }
}

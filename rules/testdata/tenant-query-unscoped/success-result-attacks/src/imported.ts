import { checkRemembered, checkSwapped } from "./lib/tags";
import { checkTags, checkStrict } from "./lib";

declare const db: any;

export async function linkRemembered(workspaceId: string, title: string, tags: string[], extra: string) {
  const checked = await checkRemembered(tags, workspaceId, extra);
  if (!checked.success) {
    return null;
  }
  return db.post.create({
    data: { title, workspaceId, tags: { connect: checked.ids.map((id) => ({ id })) } }, // want "create on \"Post\" links a \"Tag\" by . id . alone"
  });
}

// The twin, through a barrel.
export async function linkBarrel(workspaceId: string, title: string, tags: string[]) {
  const checked = await checkTags(tags, workspaceId);
  if (!checked.success) {
    return null;
  }
  return db.post.create({
    data: { title, workspaceId, tags: { connect: checked.ids.map((id) => ({ id })) } },
  });
}

// A barrel gives the loose helper a strict name.
export async function linkRenamed(workspaceId: string, title: string, tags: string[]) {
  const checked = await checkStrict(tags, workspaceId);
  if (!checked.success) {
    return null;
  }
  return db.post.create({
    data: { title, workspaceId, tags: { connect: checked.ids.map((id) => ({ id })) } }, // want "create on \"Post\" links a \"Tag\" by . id . alone"
  });
}

// The helper's module replaces the exported function: importers see the
// new one.
export async function linkSwappedImport(workspaceId: string, title: string, tags: string[]) {
  const checked = await checkSwapped(tags, workspaceId);
  if (!checked.success) {
    return null;
  }
  return db.post.create({
    data: { title, workspaceId, tags: { connect: checked.ids.map((id) => ({ id })) } }, // want "create on \"Post\" links a \"Tag\" by . id . alone"
  });
}

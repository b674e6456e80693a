import { checkTags } from "./lib/loose";

declare const db: any;

// The strict helper's name, imported from the module that checks nothing.
export async function linkLooseName(workspaceId: string, title: string, tags: string[]) {
  const checked = await checkTags(tags, workspaceId);
  if (!checked.success) {
    return null;
  }
  return db.post.create({
    data: { title, workspaceId, tags: { connect: checked.ids.map((id) => ({ id })) } }, // want "create on \"Post\" links a \"Tag\" by . id . alone"
  });
}

// A parameter of the caller hides the helper.
export async function linkParamHelper(checkTags: (t: string[], w: string) => Promise<{ success: boolean; ids: string[] }>, workspaceId: string, title: string, tags: string[]) {
  const checked = await checkTags(tags, workspaceId);
  if (!checked.success) {
    return null;
  }
  return db.post.create({
    data: { title, workspaceId, tags: { connect: checked.ids.map((id) => ({ id })) } }, // want "create on \"Post\" links a \"Tag\" by . id . alone"
  });
}

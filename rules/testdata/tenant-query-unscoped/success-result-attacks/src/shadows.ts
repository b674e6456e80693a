import { checkTags } from "./lib/tags";
import check from "./lib/loose";

declare const db: any;

// A local of the caller hides the imported helper.
export async function linkShadowed(workspaceId: string, title: string, tags: string[]) {
  const checkTags = async (tagIds: string[], _ws: string) => ({ success: true, ids: tagIds });
  const checked = await checkTags(tags, workspaceId);
  if (!checked.success) {
    return null;
  }
  return db.post.create({
    data: { title, workspaceId, tags: { connect: checked.ids.map((id) => ({ id })) } }, // want "create on \"Post\" links a \"Tag\" by . id . alone"
  });
}

// The default export of a module that checks nothing.
export async function linkDefault(workspaceId: string, title: string, tags: string[]) {
  const checked = await check(tags, workspaceId);
  if (!checked.success) {
    return null;
  }
  return db.post.create({
    data: { title, workspaceId, tags: { connect: checked.ids.map((id) => ({ id })) } }, // want "create on \"Post\" links a \"Tag\" by . id . alone"
  });
}

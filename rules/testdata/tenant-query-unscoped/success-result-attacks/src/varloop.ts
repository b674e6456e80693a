declare const db: any;

export async function checkTags(tagIds: string[], workspaceId: string) {
  const ids = Array.from(new Set(tagIds));
  const found = await db.tag.findMany({ where: { id: { in: ids }, workspaceId } });
  if (found.length !== ids.length) {
    return { success: false };
  }
  return { success: true, ids };
}

// A var loop variable is the function's: a closure gives it another id.
export async function linkVarLoop(workspaceId: string, postId: string, tags: string[], extra: string) {
  const checked = await checkTags(tags, workspaceId);
  if (!checked.success) {
    return null;
  }
  const swap = () => {
    id = extra;
  };
  for (var id of checked.ids) {
    swap();
    await db.post.update({ where: { id: postId, workspaceId }, data: { tags: { connect: { id } } } }); // want "update on \"Post\" links a \"Tag\" by . id . alone"
  }
}

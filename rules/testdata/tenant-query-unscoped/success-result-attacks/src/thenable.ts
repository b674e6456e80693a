declare const db: any;

// A failure that is a thenable: the caller's await resolves it to a
// success with the list unchecked.
export async function checkTagsThenable(tagIds: string[], workspaceId: string) {
  const ids = Array.from(new Set(tagIds));
  const found = await db.tag.findMany({ where: { id: { in: ids }, workspaceId } });
  if (found.length !== ids.length) {
    return { success: false, then: (resolve: (v: unknown) => void) => resolve({ success: true, ids: tagIds }) };
  }
  return { success: true, ids };
}

export async function linkThenable(workspaceId: string, title: string, tags: string[]) {
  const checked: any = await checkTagsThenable(tags, workspaceId);
  if (!checked.success) {
    return null;
  }
  return db.post.create({
    data: { title, workspaceId, tags: { connect: checked.ids.map((id: string) => ({ id })) } }, // want "create on \"Post\" links a \"Tag\" by . id . alone"
  });
}

// A failure whose prototype holds the entry.
export async function checkTagsProto(tagIds: string[], workspaceId: string) {
  const ids = Array.from(new Set(tagIds));
  const found = await db.tag.findMany({ where: { id: { in: ids }, workspaceId } });
  if (found.length !== ids.length) {
    return { success: false, __proto__: { ids: tagIds } };
  }
  return { success: true, ids };
}

export async function linkProto(workspaceId: string, title: string, tags: string[]) {
  const checked: any = await checkTagsProto(tags, workspaceId);
  Object.defineProperty(checked, "success", { value: true });
  if (!checked.success) {
    return null;
  }
  return db.post.create({
    data: { title, workspaceId, tags: { connect: checked.ids.map((id: string) => ({ id })) } }, // want "create on \"Post\" links a \"Tag\" by . id . alone"
  });
}

export async function linkProtoForced(workspaceId: string, title: string, tags: string[]) {
  const checked: any = await checkTagsProto(tags, workspaceId);
  checked.success = true;
  if (!checked.success) {
    return null;
  }
  return db.post.create({
    data: { title, workspaceId, tags: { connect: checked.ids.map((id: string) => ({ id })) } }, // want "create on \"Post\" links a \"Tag\" by . id . alone"
  });
}

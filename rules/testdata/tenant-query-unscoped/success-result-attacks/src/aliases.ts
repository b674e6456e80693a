declare const db: any;

export async function checkTags(tagIds: string[], workspaceId: string) {
  const ids = Array.from(new Set(tagIds));
  const found = await db.tag.findMany({ where: { id: { in: ids }, workspaceId } });
  if (found.length !== ids.length) {
    return { success: false };
  }
  return { success: true, ids };
}

// A name of the result gives it another list.
export async function linkAliased(workspaceId: string, title: string, tags: string[], extra: string[]) {
  const checked = await checkTags(tags, workspaceId);
  if (!checked.success) {
    return null;
  }
  const alias = checked;
  alias.ids = extra;
  return db.post.create({
    data: { title, workspaceId, tags: { connect: checked.ids.map((id) => ({ id })) } }, // want "create on \"Post\" links a \"Tag\" by . id . alone"
  });
}

// A cast result is given another list.
export async function linkCast(workspaceId: string, title: string, tags: string[], extra: string[]) {
  const checked = await checkTags(tags, workspaceId);
  if (!checked.success) {
    return null;
  }
  (checked as any).ids = extra;
  return db.post.create({
    data: { title, workspaceId, tags: { connect: checked.ids.map((id) => ({ id })) } }, // want "create on \"Post\" links a \"Tag\" by . id . alone"
  });
}

// The list, read into a name, is grown through the result.
export async function linkGrownThrough(workspaceId: string, title: string, tags: string[], extra: string) {
  const checked = await checkTags(tags, workspaceId);
  if (!checked.success) {
    return null;
  }
  const { ids } = checked;
  checked.ids.push(extra);
  return db.post.create({
    data: { title, workspaceId, tags: { connect: ids.map((id) => ({ id })) } }, // want "create on \"Post\" links a \"Tag\" by . id . alone"
  });
}

// The list, read into a name, is grown through a name of the result.
export async function linkGrownAlias(workspaceId: string, title: string, tags: string[], extra: string) {
  const checked = await checkTags(tags, workspaceId);
  if (!checked.success) {
    return null;
  }
  const { ids } = checked;
  const again = checked.ids;
  again.push(extra);
  return db.post.create({
    data: { title, workspaceId, tags: { connect: ids.map((id) => ({ id })) } }, // want "create on \"Post\" links a \"Tag\" by . id . alone"
  });
}

// Checks the list, then links another result's list of the same helper.
export async function linkOtherCall(workspaceId: string, title: string, tags: string[], other: string[]) {
  const checked = await checkTags(tags, workspaceId);
  const second = await checkTags(other, "another-workspace");
  if (!checked.success || !second.success) {
    return null;
  }
  return db.post.create({
    data: { title, workspaceId, tags: { connect: second.ids.map((id) => ({ id })) } }, // want "create on \"Post\" links a \"Tag\" by . id . alone"
  });
}

// The same list counted in the caller, grown through a name of it.
export async function linkGrownAliasDirect(workspaceId: string, title: string, tags: string[], extra: string) {
  const ids = Array.from(new Set(tags));
  const found = await db.tag.findMany({ where: { id: { in: ids }, workspaceId } });
  if (found.length !== ids.length) {
    return null;
  }
  const again = ids;
  again.push(extra);
  return db.post.create({
    data: { title, workspaceId, tags: { connect: ids.map((id) => ({ id })) } }, // want "create on \"Post\" links a \"Tag\" by . id . alone"
  });
}

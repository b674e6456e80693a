declare const db: any;

// The tenant parameter is given the body's workspace before the lookup.
export async function checkTagsRetargeted(tagIds: string[], workspaceId: string, body: { workspaceId: string }) {
  ({ workspaceId } = body);
  const ids = Array.from(new Set(tagIds));
  const found = await db.tag.findMany({ where: { id: { in: ids }, workspaceId } });
  if (found.length !== ids.length) {
    return { success: false };
  }
  return { success: true, ids };
}

export async function linkRetargeted(workspaceId: string, title: string, tags: string[], body: { workspaceId: string }) {
  const checked = await checkTagsRetargeted(tags, workspaceId, body);
  if (!checked.success) {
    return null;
  }
  return db.post.create({
    data: { title, workspaceId, tags: { connect: checked.ids.map((id) => ({ id })) } }, // want "create on \"Post\" links a \"Tag\" by . id . alone"
  });
}

// The tenant parameter is swapped by an array destructuring.
export async function checkTagsSwappedParam(tagIds: string[], workspaceId: string, otherId: string) {
  [workspaceId] = [otherId];
  const ids = Array.from(new Set(tagIds));
  const found = await db.tag.findMany({ where: { id: { in: ids }, workspaceId } });
  if (found.length !== ids.length) {
    return { success: false };
  }
  return { success: true, ids };
}

export async function linkSwappedParam(workspaceId: string, title: string, tags: string[], otherId: string) {
  const checked = await checkTagsSwappedParam(tags, workspaceId, otherId);
  if (!checked.success) {
    return null;
  }
  return db.post.create({
    data: { title, workspaceId, tags: { connect: checked.ids.map((id) => ({ id })) } }, // want "create on \"Post\" links a \"Tag\" by . id . alone"
  });
}

// The tenant parameter is defaulted by ??= from another argument.
export async function checkTagsDefaulted(tagIds: string[], workspaceId: string, otherId: string) {
  workspaceId ||= otherId;
  const ids = Array.from(new Set(tagIds));
  const found = await db.tag.findMany({ where: { id: { in: ids }, workspaceId } });
  if (found.length !== ids.length) {
    return { success: false };
  }
  return { success: true, ids };
}

export async function linkDefaulted(title: string, tags: string[], otherId: string) {
  const checked = await checkTagsDefaulted(tags, "", otherId);
  if (!checked.success) {
    return null;
  }
  return db.post.create({
    data: { title, workspaceId: otherId, tags: { connect: checked.ids.map((id) => ({ id })) } }, // want "create on \"Post\" links a \"Tag\" by . id . alone"
  });
}

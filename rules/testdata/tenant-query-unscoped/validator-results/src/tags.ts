declare const db: any;

// A helper that checks every tag id against the workspace and hands back
// the checked list in a result whose success flag the caller tests
// (Marble's tag validation):
//
//	const tagValidation = await validateWorkspaceTags(body.tags, workspaceId);
//	if (!tagValidation.success) return tagValidation.response;
//	const { uniqueTagIds } = tagValidation;
//	… tags: { set: uniqueTagIds.map((tagId) => ({ id: tagId })) } …
export async function checkTags(tagIds: string[] | undefined, workspaceId: string): Promise<{ success: true; ids: string[] } | { success: false; response: string }> {
  const ids = Array.from(new Set(tagIds ?? []));
  if (ids.length) {
    const found = await db.tag.findMany({ where: { id: { in: ids }, workspaceId }, select: { id: true } });
    if (found.length !== ids.length) {
      return { success: false, response: "invalid tags" };
    }
  }
  return { success: true, ids };
}

export async function createPost(workspaceId: string, title: string, tags: string[]) {
  const checked = await checkTags(tags, workspaceId);
  if (!checked.success) {
    return checked.response;
  }
  const { ids } = checked;
  return db.post.create({
    data: { title, workspaceId, tags: { connect: ids.map((id) => ({ id })) } },
  });
}

export async function updatePost(workspaceId: string, id: string, tags?: string[]) {
  const checked = await checkTags(tags, workspaceId);
  if (checked.success === false) {
    return checked.response;
  }
  await db.post.updateMany({ where: { id, workspaceId }, data: { title: "x" } });
  return db.post.update({
    where: { id, workspaceId },
    data: { tags: tags ? { set: checked.ids.map((tagId) => ({ id: tagId })) } : undefined },
  });
}

// Looks the tags up but never compares what it found: success for any id.
export async function loadTags(tagIds: string[], workspaceId: string) {
  const found = await db.tag.findMany({ where: { id: { in: tagIds }, workspaceId } });
  console.log(found.length);
  return { success: true, ids: tagIds };
}

export async function createPostUnchecked(workspaceId: string, title: string, tags: string[]) {
  const checked = await loadTags(tags, workspaceId);
  if (!checked.success) {
    return null;
  }
  return db.post.create({
    data: { title, workspaceId, tags: { connect: checked.ids.map((id) => ({ id })) } }, // want "create on \"Post\" links a \"Tag\" by . id . alone"
  });
}

// Checks the deduplicated list, then hands back the list it was given.
export async function checkTagsGiven(tagIds: string[], workspaceId: string) {
  const ids = Array.from(new Set(tagIds));
  const found = await db.tag.findMany({ where: { id: { in: ids }, workspaceId } });
  if (found.length !== ids.length) {
    return { success: false };
  }
  return { success: true, ids: tagIds };
}

export async function createPostGiven(workspaceId: string, title: string, tags: string[]) {
  const checked = await checkTagsGiven(tags, workspaceId);
  if (!checked.success) {
    return null;
  }
  return db.post.create({
    data: { title, workspaceId, tags: { connect: checked.ids.map((id) => ({ id })) } }, // want "create on \"Post\" links a \"Tag\" by . id . alone"
  });
}

// The result is never tested: a failed check goes on to link.
export async function createPostUntested(workspaceId: string, title: string, tags: string[]) {
  const checked = await checkTags(tags, workspaceId);
  if (!checked.success) {
    console.log("invalid tags");
  }
  const { ids } = checked as { ids: string[] };
  return db.post.create({
    data: { title, workspaceId, tags: { connect: ids.map((id) => ({ id })) } }, // want "create on \"Post\" links a \"Tag\" by . id . alone"
  });
}

// The checked list is not the one linked: the caller's own is.
export async function createPostOther(workspaceId: string, title: string, tags: string[], extra: string[]) {
  const checked = await checkTags(tags, workspaceId);
  if (!checked.success) {
    return checked.response;
  }
  return db.post.create({
    data: { title, workspaceId, tags: { connect: extra.map((id) => ({ id })) } }, // want "create on \"Post\" links a \"Tag\" by . id . alone"
  });
}

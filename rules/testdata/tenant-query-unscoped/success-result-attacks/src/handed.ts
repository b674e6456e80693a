declare const db: any;
declare function fix(strings: TemplateStringsArray, ...lists: string[][]): void;

// The list's own forEach hands each callback the list.
export async function checkTagsForEach(tagIds: string[], workspaceId: string, extra: string) {
  const ids = Array.from(new Set(tagIds));
  const found = await db.tag.findMany({ where: { id: { in: ids }, workspaceId } });
  if (found.length !== ids.length) {
    return { success: false };
  }
  ids.forEach((_, i, list) => {
    list[i] = extra;
  });
  return { success: true, ids };
}

export async function linkForEach(workspaceId: string, title: string, tags: string[], extra: string) {
  const checked = await checkTagsForEach(tags, workspaceId, extra);
  if (!checked.success) {
    return null;
  }
  return db.post.create({
    data: { title, workspaceId, tags: { connect: checked.ids.map((id) => ({ id })) } }, // want "create on \"Post\" links a \"Tag\" by . id . alone"
  });
}

// A tagged template hands its tag the list.
export async function checkTagsTagged(tagIds: string[], workspaceId: string) {
  const ids = Array.from(new Set(tagIds));
  const found = await db.tag.findMany({ where: { id: { in: ids }, workspaceId } });
  if (found.length !== ids.length) {
    return { success: false };
  }
  fix`${ids}`;
  return { success: true, ids };
}

export async function linkTagged(workspaceId: string, title: string, tags: string[]) {
  const checked = await checkTagsTagged(tags, workspaceId);
  if (!checked.success) {
    return null;
  }
  return db.post.create({
    data: { title, workspaceId, tags: { connect: checked.ids.map((id) => ({ id })) } }, // want "create on \"Post\" links a \"Tag\" by . id . alone"
  });
}

export async function checkTags(tagIds: string[], workspaceId: string) {
  const ids = Array.from(new Set(tagIds));
  const found = await db.tag.findMany({ where: { id: { in: ids }, workspaceId } });
  if (found.length !== ids.length) {
    return { success: false };
  }
  return { success: true, ids };
}

// The caller's map hands each callback the list.
export async function linkMapRewritten(workspaceId: string, title: string, tags: string[], extra: string) {
  const checked = await checkTags(tags, workspaceId);
  if (!checked.success) {
    return null;
  }
  checked.ids.forEach((_, i, list) => {
    list[i] = extra;
  });
  return db.post.create({
    data: { title, workspaceId, tags: { connect: checked.ids.map((id) => ({ id })) } }, // want "create on \"Post\" links a \"Tag\" by . id . alone"
  });
}

// The caller hands the list to a tagged template.
export async function linkTaggedCaller(workspaceId: string, title: string, tags: string[]) {
  const checked = await checkTags(tags, workspaceId);
  if (!checked.success) {
    return null;
  }
  fix`${checked.ids}`;
  return db.post.create({
    data: { title, workspaceId, tags: { connect: checked.ids.map((id) => ({ id })) } }, // want "create on \"Post\" links a \"Tag\" by . id . alone"
  });
}

// The same forEach, the list counted in the caller.
export async function linkForEachDirect(workspaceId: string, title: string, tags: string[], extra: string) {
  const ids = Array.from(new Set(tags));
  const found = await db.tag.findMany({ where: { id: { in: ids }, workspaceId } });
  if (found.length !== ids.length) {
    return null;
  }
  ids.forEach((_, i, list) => {
    list[i] = extra;
  });
  return db.post.create({
    data: { title, workspaceId, tags: { connect: ids.map((id) => ({ id })) } }, // want "create on \"Post\" links a \"Tag\" by . id . alone"
  });
}

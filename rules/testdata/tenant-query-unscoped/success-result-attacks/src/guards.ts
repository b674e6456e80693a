declare const db: any;

// Looks the ids up without the workspace.
export async function checkTagsAnywhere(tagIds: string[], workspaceId: string) {
  const ids = Array.from(new Set(tagIds));
  const found = await db.tag.findMany({ where: { id: { in: ids } } }); // want "findMany on tenant-scoped \"Tag\" does not filter by the tenant"
  if (found.length !== ids.length || !workspaceId) {
    return { success: false };
  }
  return { success: true, ids };
}

export async function linkAnywhere(workspaceId: string, title: string, tags: string[]) {
  const checked = await checkTagsAnywhere(tags, workspaceId);
  if (!checked.success) {
    return null;
  }
  return db.post.create({
    data: { title, workspaceId, tags: { connect: checked.ids.map((id) => ({ id })) } }, // want "create on \"Post\" links a \"Tag\" by . id . alone"
  });
}

// Grows the list after the count.
export async function checkTagsGrown(tagIds: string[], workspaceId: string, extra: string) {
  const ids = Array.from(new Set(tagIds));
  const found = await db.tag.findMany({ where: { id: { in: ids }, workspaceId } });
  if (found.length !== ids.length) {
    return { success: false };
  }
  ids.push(extra);
  return { success: true, ids };
}

export async function linkGrownAfter(workspaceId: string, title: string, tags: string[], extra: string) {
  const checked = await checkTagsGrown(tags, workspaceId, extra);
  if (!checked.success) {
    return null;
  }
  return db.post.create({
    data: { title, workspaceId, tags: { connect: checked.ids.map((id) => ({ id })) } }, // want "create on \"Post\" links a \"Tag\" by . id . alone"
  });
}

// A let list given the input back after the count.
export async function checkTagsReassigned(tagIds: string[], workspaceId: string) {
  let ids = Array.from(new Set(tagIds));
  const found = await db.tag.findMany({ where: { id: { in: ids }, workspaceId } });
  if (found.length !== ids.length) {
    return { success: false };
  }
  ids = tagIds;
  return { success: true, ids };
}

export async function linkReassignedAfter(workspaceId: string, title: string, tags: string[]) {
  const checked = await checkTagsReassigned(tags, workspaceId);
  if (!checked.success) {
    return null;
  }
  return db.post.create({
    data: { title, workspaceId, tags: { connect: checked.ids.map((id) => ({ id })) } }, // want "create on \"Post\" links a \"Tag\" by . id . alone"
  });
}

// The count negated inside: not the shape that leaves on a mismatch.
export async function checkTagsNegated(tagIds: string[], workspaceId: string) {
  const ids = Array.from(new Set(tagIds));
  const found = await db.tag.findMany({ where: { id: { in: ids }, workspaceId } });
  if (!(found.length !== ids.length)) {
    return { success: true, ids };
  }
  return { success: false };
}

export async function linkNegated(workspaceId: string, title: string, tags: string[]) {
  const checked = await checkTagsNegated(tags, workspaceId);
  if (!checked.success) {
    return null;
  }
  return db.post.create({
    data: { title, workspaceId, tags: { connect: checked.ids.map((id) => ({ id })) } }, // want "create on \"Post\" links a \"Tag\" by . id . alone"
  });
}

// The caller leaves when the flag is on.
export async function linkInverted(workspaceId: string, title: string, tags: string[]) {
  const checked = await checkTagsGrown(tags, workspaceId, "");
  if (checked.success) {
    return null;
  }
  return db.post.create({
    data: { title, workspaceId, tags: { connect: (checked as any).ids.map((id: string) => ({ id })) } }, // want "create on \"Post\" links a \"Tag\" by . id . alone"
  });
}

declare const db: any;

// The count reads an outer found, the list itself, not the rows the
// lookup found in its branch.
export async function checkTagsOuterFound(tagIds: string[], workspaceId: string) {
  const ids = Array.from(new Set(tagIds));
  const found = [...ids];
  if (ids.length) {
    const found = await db.tag.findMany({ where: { id: { in: ids }, workspaceId } });
    console.log(found.length);
  }
  if (found.length !== ids.length) {
    return { success: false };
  }
  return { success: true, ids };
}

export async function linkOuterFound(workspaceId: string, title: string, tags: string[]) {
  const checked = await checkTagsOuterFound(tags, workspaceId);
  if (!checked.success) {
    return null;
  }
  return db.post.create({
    data: { title, workspaceId, tags: { connect: checked.ids.map((id) => ({ id })) } }, // want "create on \"Post\" links a \"Tag\" by . id . alone"
  });
}

// The twin: the rows and the count in one block, before the return.
export async function checkTagsOneBlock(tagIds: string[], workspaceId: string) {
  const ids = Array.from(new Set(tagIds));
  const found = await db.tag.findMany({ where: { id: { in: ids }, workspaceId } });
  if (found.length !== ids.length) {
    return { success: false };
  }
  return { success: true, ids };
}

export async function linkOneBlock(workspaceId: string, title: string, tags: string[]) {
  const checked = await checkTagsOneBlock(tags, workspaceId);
  if (!checked.success) {
    return null;
  }
  return db.post.create({
    data: { title, workspaceId, tags: { connect: checked.ids.map((id) => ({ id })) } },
  });
}

// The same shadowed count in the caller.
export async function linkOuterFoundDirect(workspaceId: string, title: string, tags: string[]) {
  const ids = Array.from(new Set(tags));
  const found = [...ids];
  if (ids.length) {
    const found = await db.tag.findMany({ where: { id: { in: ids }, workspaceId } });
    console.log(found.length);
  }
  if (found.length !== ids.length) {
    return null;
  }
  return db.post.create({
    data: { title, workspaceId, tags: { connect: ids.map((id) => ({ id })) } }, // want "create on \"Post\" links a \"Tag\" by . id . alone"
  });
}

declare function respond(error: string, found: unknown): unknown;

// The twin: the failure hands the rows found to its response.
export async function checkTagsResponding(tagIds: string[], workspaceId: string) {
  const ids = Array.from(new Set(tagIds));
  const found = await db.tag.findMany({ where: { id: { in: ids }, workspaceId }, select: { id: true } });
  if (found.length !== ids.length) {
    return { success: false, response: respond("invalid tags", found) };
  }
  return { success: true, ids };
}

export async function linkResponding(workspaceId: string, title: string, tags: string[]) {
  const checked = await checkTagsResponding(tags, workspaceId);
  if (!checked.success) {
    return checked.response;
  }
  return db.post.create({
    data: { title, workspaceId, tags: { connect: checked.ids.map((id) => ({ id })) } },
  });
}

// The rows are handed on before the count, outside a failure.
export async function checkTagsHandedRows(tagIds: string[], workspaceId: string) {
  const ids = Array.from(new Set(tagIds));
  const found = await db.tag.findMany({ where: { id: { in: ids }, workspaceId }, select: { id: true } });
  respond("seen", found);
  if (found.length !== ids.length) {
    return { success: false };
  }
  return { success: true, ids };
}

export async function linkHandedRows(workspaceId: string, title: string, tags: string[]) {
  const checked = await checkTagsHandedRows(tags, workspaceId);
  if (!checked.success) {
    return null;
  }
  return db.post.create({
    data: { title, workspaceId, tags: { connect: checked.ids.map((id) => ({ id })) } }, // want "create on \"Post\" links a \"Tag\" by . id . alone"
  });
}

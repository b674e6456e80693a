declare const db: any;

export async function checkTags(tagIds: string[], workspaceId: string) {
  const ids = Array.from(new Set(tagIds));
  const found = await db.tag.findMany({ where: { id: { in: ids }, workspaceId } });
  if (found.length !== ids.length) {
    return { success: false, error: "invalid tags" };
  }
  return { success: true, ids };
}

// The caller tests a flag the helper never sets.
export async function linkOtherFlag(workspaceId: string, title: string, tags: string[]) {
  const checked: any = await checkTags(tags, workspaceId);
  if (!checked.ok) {
    return null;
  }
  return db.post.create({
    data: { title, workspaceId, tags: { connect: checked.ids.map((id: string) => ({ id })) } }, // want "create on \"Post\" links a \"Tag\" by . id . alone"
  });
}

// The caller tests the list, not the flag.
export async function linkListTested(workspaceId: string, title: string, tags: string[]) {
  const checked: any = await checkTags(tags, workspaceId);
  if (!checked.ids) {
    return null;
  }
  return db.post.create({
    data: { title, workspaceId, tags: { connect: checked.ids.map((id: string) => ({ id })) } }, // want "create on \"Post\" links a \"Tag\" by . id . alone"
  });
}

// The caller tests the error, which a success leaves out, the wrong way.
export async function linkErrorTested(workspaceId: string, title: string, tags: string[]) {
  const checked: any = await checkTags(tags, workspaceId);
  if (checked.error === false) {
    return null;
  }
  return db.post.create({
    data: { title, workspaceId, tags: { connect: checked.ids.map((id: string) => ({ id })) } }, // want "create on \"Post\" links a \"Tag\" by . id . alone"
  });
}

// The test leaves only when both the flag and another test fail.
export async function linkBothFail(workspaceId: string, title: string, tags: string[], force: boolean) {
  const checked: any = await checkTags(tags, workspaceId);
  if (!checked.success && !force) {
    return null;
  }
  return db.post.create({
    data: { title, workspaceId, tags: { connect: checked.ids.map((id: string) => ({ id })) } }, // want "create on \"Post\" links a \"Tag\" by . id . alone"
  });
}

// The test of another result of the same helper.
export async function linkOtherTested(workspaceId: string, title: string, tags: string[], more: string[]) {
  const first: any = await checkTags(tags, workspaceId);
  const second: any = await checkTags(more, workspaceId);
  if (!first.success) {
    return null;
  }
  return db.post.create({
    data: { title, workspaceId, tags: { connect: second.ids.map((id: string) => ({ id })) } }, // want "create on \"Post\" links a \"Tag\" by . id . alone"
  });
}

// The twin: the flag tested, with another test beside it.
export async function linkEitherFails(workspaceId: string, title: string, tags: string[], blocked: boolean) {
  const checked = await checkTags(tags, workspaceId);
  if (blocked || !checked.success) {
    return null;
  }
  return db.post.create({
    data: { title, workspaceId, tags: { connect: checked.ids.map((id) => ({ id })) } },
  });
}

declare const db: any;

// The rows found are grown to the list's length before they are counted.
export async function checkTagsPadded(tagIds: string[], workspaceId: string) {
  const ids = Array.from(new Set(tagIds));
  const found = await db.tag.findMany({ where: { id: { in: ids }, workspaceId } });
  found.length = ids.length;
  if (found.length !== ids.length) {
    return { success: false };
  }
  return { success: true, ids };
}

export async function linkPadded(workspaceId: string, title: string, tags: string[]) {
  const checked = await checkTagsPadded(tags, workspaceId);
  if (!checked.success) {
    return null;
  }
  return db.post.create({
    data: { title, workspaceId, tags: { connect: checked.ids.map((id) => ({ id })) } }, // want "create on \"Post\" links a \"Tag\" by . id . alone"
  });
}

// The rows found are pushed to before they are counted.
export async function checkTagsPushed(tagIds: string[], workspaceId: string) {
  const ids = Array.from(new Set(tagIds));
  const found = await db.tag.findMany({ where: { id: { in: ids }, workspaceId } });
  found.push(...ids.slice(found.length));
  if (found.length !== ids.length) {
    return { success: false };
  }
  return { success: true, ids };
}

export async function linkPushed(workspaceId: string, title: string, tags: string[]) {
  const checked = await checkTagsPushed(tags, workspaceId);
  if (!checked.success) {
    return null;
  }
  return db.post.create({
    data: { title, workspaceId, tags: { connect: checked.ids.map((id) => ({ id })) } }, // want "create on \"Post\" links a \"Tag\" by . id . alone"
  });
}

// The rows a let holds are replaced before they are counted.
export async function checkTagsReplaced(tagIds: string[], workspaceId: string) {
  const ids = Array.from(new Set(tagIds));
  let found = await db.tag.findMany({ where: { id: { in: ids }, workspaceId } });
  found = ids.map((id) => ({ id }));
  if (found.length !== ids.length) {
    return { success: false };
  }
  return { success: true, ids };
}

export async function linkReplaced(workspaceId: string, title: string, tags: string[]) {
  const checked = await checkTagsReplaced(tags, workspaceId);
  if (!checked.success) {
    return null;
  }
  return db.post.create({
    data: { title, workspaceId, tags: { connect: checked.ids.map((id) => ({ id })) } }, // want "create on \"Post\" links a \"Tag\" by . id . alone"
  });
}

// The where names the tenant twice: the later, another workspace, wins.
export async function checkTagsTwice(tagIds: string[], workspaceId: string, otherId: string) {
  const ids = Array.from(new Set(tagIds));
  const found = await db.tag.findMany({ where: { id: { in: ids }, workspaceId, workspaceId: otherId } });
  if (found.length !== ids.length) {
    return { success: false };
  }
  return { success: true, ids };
}

export async function linkTwice(workspaceId: string, title: string, tags: string[], body: { workspaceId: string }) {
  const checked = await checkTagsTwice(tags, workspaceId, body.workspaceId);
  if (!checked.success) {
    return null;
  }
  return db.post.create({
    data: { title, workspaceId, tags: { connect: checked.ids.map((id) => ({ id })) } }, // want "create on \"Post\" links a \"Tag\" by . id . alone"
  });
}

// A spread after the tenant may give it another workspace.
export async function checkTagsSpread(tagIds: string[], workspaceId: string, filter: object) {
  const ids = Array.from(new Set(tagIds));
  const found = await db.tag.findMany({ where: { id: { in: ids }, workspaceId, ...filter } }); // want "cannot see the where of findMany on tenant-scoped \"Tag\": a spread after \"workspaceId\" may replace it"
  if (found.length !== ids.length) {
    return { success: false };
  }
  return { success: true, ids };
}

export async function linkSpread(workspaceId: string, title: string, tags: string[], body: { filter: object }) {
  const checked = await checkTagsSpread(tags, workspaceId, body.filter);
  if (!checked.success) {
    return null;
  }
  return db.post.create({
    data: { title, workspaceId, tags: { connect: checked.ids.map((id) => ({ id })) } }, // want "create on \"Post\" links a \"Tag\" by . id . alone"
  });
}

// A loop comes back to the return after the list grew.
export async function checkTagsLooped(tagIds: string[], workspaceId: string, extra: string) {
  const ids = Array.from(new Set(tagIds));
  const found = await db.tag.findMany({ where: { id: { in: ids }, workspaceId } });
  if (found.length !== ids.length) {
    return { success: false };
  }
  for (let i = 0; i < 2; i++) {
    if (i === 1) {
      return { success: true, ids };
    }
    ids.push(extra);
  }
  return { success: false };
}

export async function linkLooped(workspaceId: string, title: string, tags: string[], extra: string) {
  const checked = await checkTagsLooped(tags, workspaceId, extra);
  if (!checked.success) {
    return null;
  }
  return db.post.create({
    data: { title, workspaceId, tags: { connect: checked.ids.map((id) => ({ id })) } }, // want "create on \"Post\" links a \"Tag\" by . id . alone"
  });
}

// The name returned is a catch binding: the list given, not the checked.
export async function checkTagsCaught(tagIds: string[], workspaceId: string) {
  const ids = Array.from(new Set(tagIds));
  const found = await db.tag.findMany({ where: { id: { in: ids }, workspaceId } });
  if (found.length !== ids.length) {
    return { success: false };
  }
  try {
    throw tagIds;
  } catch (ids) {
    return { success: true, ids };
  }
}

export async function linkCaught(workspaceId: string, title: string, tags: string[]) {
  const checked = await checkTagsCaught(tags, workspaceId);
  if (!checked.success) {
    return null;
  }
  return db.post.create({
    data: { title, workspaceId, tags: { connect: checked.ids.map((id) => ({ id })) } }, // want "create on \"Post\" links a \"Tag\" by . id . alone"
  });
}

// The name returned is a for-of binding over the list given.
export async function checkTagsLoopName(tagIds: string[], workspaceId: string) {
  const ids = Array.from(new Set(tagIds));
  const found = await db.tag.findMany({ where: { id: { in: ids }, workspaceId } });
  if (found.length !== ids.length) {
    return { success: false };
  }
  for (const ids of [tagIds]) {
    return { success: true, ids };
  }
  return { success: false };
}

export async function linkLoopName(workspaceId: string, title: string, tags: string[]) {
  const checked = await checkTagsLoopName(tags, workspaceId);
  if (!checked.success) {
    return null;
  }
  return db.post.create({
    data: { title, workspaceId, tags: { connect: checked.ids.map((id) => ({ id })) } }, // want "create on \"Post\" links a \"Tag\" by . id . alone"
  });
}

// A closure written before the lookup gives the let list back the input.
export async function checkTagsReset(tagIds: string[], workspaceId: string) {
  let ids = Array.from(new Set(tagIds));
  const reset = () => {
    ids = tagIds;
  };
  const found = await db.tag.findMany({ where: { id: { in: ids }, workspaceId } });
  if (found.length !== ids.length) {
    return { success: false };
  }
  reset();
  return { success: true, ids };
}

export async function linkReset(workspaceId: string, title: string, tags: string[]) {
  const checked = await checkTagsReset(tags, workspaceId);
  if (!checked.success) {
    return null;
  }
  return db.post.create({
    data: { title, workspaceId, tags: { connect: checked.ids.map((id) => ({ id })) } }, // want "create on \"Post\" links a \"Tag\" by . id . alone"
  });
}

// A computed key later in the literal gives the entry another list.
export async function checkTagsComputed(tagIds: string[], workspaceId: string) {
  const ids = Array.from(new Set(tagIds));
  const found = await db.tag.findMany({ where: { id: { in: ids }, workspaceId } });
  if (found.length !== ids.length) {
    return { success: false };
  }
  return { success: true, ids, ["ids"]: tagIds };
}

export async function linkComputed(workspaceId: string, title: string, tags: string[]) {
  const checked = await checkTagsComputed(tags, workspaceId);
  if (!checked.success) {
    return null;
  }
  return db.post.create({
    data: { title, workspaceId, tags: { connect: checked.ids.map((id) => ({ id })) } }, // want "create on \"Post\" links a \"Tag\" by . id . alone"
  });
}

// A failure whose computed flag, later in the literal, is true.
export async function checkTagsFlagComputed(tagIds: string[], workspaceId: string) {
  const ids = Array.from(new Set(tagIds));
  const found = await db.tag.findMany({ where: { id: { in: ids }, workspaceId } });
  if (found.length !== ids.length) {
    return { success: false, ["success"]: true, ids: tagIds };
  }
  return { success: true, ids };
}

export async function linkFlagComputed(workspaceId: string, title: string, tags: string[]) {
  const checked = await checkTagsFlagComputed(tags, workspaceId);
  if (!checked.success) {
    return null;
  }
  return db.post.create({
    data: { title, workspaceId, tags: { connect: checked.ids.map((id) => ({ id })) } }, // want "create on \"Post\" links a \"Tag\" by . id . alone"
  });
}

// An early success before any lookup.
export async function checkTagsEarly(tagIds: string[], workspaceId: string, trusted: boolean) {
  const ids = Array.from(new Set(tagIds));
  if (trusted) {
    return { success: true, ids };
  }
  const found = await db.tag.findMany({ where: { id: { in: ids }, workspaceId } });
  if (found.length !== ids.length) {
    return { success: false };
  }
  return { success: true, ids };
}

export async function linkEarly(workspaceId: string, title: string, tags: string[], trusted: boolean) {
  const checked = await checkTagsEarly(tags, workspaceId, trusted);
  if (!checked.success) {
    return null;
  }
  return db.post.create({
    data: { title, workspaceId, tags: { connect: checked.ids.map((id) => ({ id })) } }, // want "create on \"Post\" links a \"Tag\" by . id . alone"
  });
}

// A count compared the wrong way: more ids than rows passes.
export async function checkTagsAtLeast(tagIds: string[], workspaceId: string) {
  const ids = Array.from(new Set(tagIds));
  const found = await db.tag.findMany({ where: { id: { in: ids }, workspaceId } });
  if (found.length > ids.length) {
    return { success: false };
  }
  return { success: true, ids };
}

export async function linkAtLeast(workspaceId: string, title: string, tags: string[]) {
  const checked = await checkTagsAtLeast(tags, workspaceId);
  if (!checked.success) {
    return null;
  }
  return db.post.create({
    data: { title, workspaceId, tags: { connect: checked.ids.map((id) => ({ id })) } }, // want "create on \"Post\" links a \"Tag\" by . id . alone"
  });
}

// The check sits in a branch of another condition.
export async function checkTagsBranch(tagIds: string[], workspaceId: string, strict: boolean) {
  const ids = Array.from(new Set(tagIds));
  if (strict) {
    const found = await db.tag.findMany({ where: { id: { in: ids }, workspaceId } });
    if (found.length !== ids.length) {
      return { success: false };
    }
  }
  return { success: true, ids };
}

export async function linkBranch(workspaceId: string, title: string, tags: string[], strict: boolean) {
  const checked = await checkTagsBranch(tags, workspaceId, strict);
  if (!checked.success) {
    return null;
  }
  return db.post.create({
    data: { title, workspaceId, tags: { connect: checked.ids.map((id) => ({ id })) } }, // want "create on \"Post\" links a \"Tag\" by . id . alone"
  });
}

// The check logs its failure and goes on.
export async function checkTagsLogged(tagIds: string[], workspaceId: string) {
  const ids = Array.from(new Set(tagIds));
  const found = await db.tag.findMany({ where: { id: { in: ids }, workspaceId } });
  if (found.length !== ids.length) {
    console.log("bad tags");
  }
  return { success: true, ids };
}

export async function linkLogged(workspaceId: string, title: string, tags: string[]) {
  const checked = await checkTagsLogged(tags, workspaceId);
  if (!checked.success) {
    return null;
  }
  return db.post.create({
    data: { title, workspaceId, tags: { connect: checked.ids.map((id) => ({ id })) } }, // want "create on \"Post\" links a \"Tag\" by . id . alone"
  });
}

// The error of the lookup is swallowed and the list returned as checked.
export async function checkTagsSwallowed(tagIds: string[], workspaceId: string) {
  const ids = Array.from(new Set(tagIds));
  try {
    const found = await db.tag.findMany({ where: { id: { in: ids }, workspaceId } });
    if (found.length !== ids.length) {
      throw new Error("bad tags");
    }
  } catch {
    console.log("ignored");
  }
  return { success: true, ids };
}

export async function linkSwallowed(workspaceId: string, title: string, tags: string[]) {
  const checked = await checkTagsSwallowed(tags, workspaceId);
  if (!checked.success) {
    return null;
  }
  return db.post.create({
    data: { title, workspaceId, tags: { connect: checked.ids.map((id) => ({ id })) } }, // want "create on \"Post\" links a \"Tag\" by . id . alone"
  });
}

// Checks the list it was handed, and hands that same array back.
export async function checkGiven(tagIds: string[], workspaceId: string) {
  const found = await db.tag.findMany({ where: { id: { in: tagIds }, workspaceId } });
  if (found.length !== tagIds.length) {
    return { success: false };
  }
  return { success: true, ids: tagIds };
}

// The caller grows its own array, which the result hands back.
export async function linkGrown(workspaceId: string, title: string, tags: string[], extra: string) {
  const checked = await checkGiven(tags, workspaceId);
  if (!checked.success) {
    return null;
  }
  tags.push(extra);
  return db.post.create({
    data: { title, workspaceId, tags: { connect: checked.ids.map((id) => ({ id })) } }, // want "create on \"Post\" links a \"Tag\" by . id . alone"
  });
}

// The caller's array left alone is still the caller's: the result proves
// nothing of an array the helper did not make.
export async function linkGiven(workspaceId: string, title: string, tags: string[]) {
  const checked = await checkGiven(tags, workspaceId);
  if (!checked.success) {
    return null;
  }
  return db.post.create({
    data: { title, workspaceId, tags: { connect: checked.ids.map((id) => ({ id })) } }, // want "create on \"Post\" links a \"Tag\" by . id . alone"
  });
}

// The element of the loop is given another key.
export async function linkEach(workspaceId: string, postId: string, tags: string[], extra: string) {
  const checked = await checkGiven(tags, workspaceId);
  if (!checked.success) {
    return null;
  }
  for (let id of checked.ids) {
    id = extra;
    await db.post.updateMany({ where: { id: postId, workspaceId }, data: { title: "x" } });
    await db.post.update({ where: { id: postId, workspaceId }, data: { tags: { connect: { id } } } }); // want "update on \"Post\" links a \"Tag\" by . id . alone"
  }
}

// The list is given another value by a destructuring assignment.
export async function linkSwapped(workspaceId: string, title: string, tags: string[], extra: string[]) {
  const checked = await checkGiven(tags, workspaceId);
  if (!checked.success) {
    return null;
  }
  let { ids } = checked;
  [ids] = [extra];
  return db.post.create({
    data: { title, workspaceId, tags: { connect: ids.map((id) => ({ id })) } }, // want "create on \"Post\" links a \"Tag\" by . id . alone"
  });
}

// The list twin: counted with <, the rows read after the count.
export async function checkAtMost(tagIds: string[], workspaceId: string) {
  const ids = [...new Set(tagIds)];
  if (ids.length > 0) {
    const found = await db.tag.findMany({ where: { id: { in: ids }, workspaceId }, select: { id: true } });
    if (found.length < ids.length) {
      return { success: false, missing: ids.filter((id) => !found.some((t: { id: string }) => t.id === id)) };
    }
  }
  return { success: true, ids };
}

export async function linkAtMost(workspaceId: string, title: string, tags: string[]) {
  const checked = await checkAtMost(tags, workspaceId);
  if (checked.success !== true) {
    return null;
  }
  return db.post.create({
    data: { title, workspaceId, tags: { connect: checked.ids.map((id) => ({ id })) } },
  });
}

declare const db: any;

export async function checkTags(tagIds: string[], workspaceId: string) {
  const ids = Array.from(new Set(tagIds));
  const found = await db.tag.findMany({ where: { id: { in: ids }, workspaceId } });
  if (found.length !== ids.length) {
    return { success: false };
  }
  return { success: true, ids };
}

// A block of the loop declares another id.
export async function linkEachShadowed(workspaceId: string, postId: string, tags: string[], extra: string) {
  const checked = await checkTags(tags, workspaceId);
  if (!checked.success) {
    return null;
  }
  for (const id of checked.ids) {
    {
      const id = extra;
      await db.post.update({ where: { id: postId, workspaceId }, data: { tags: { connect: { id } } } }); // want "update on \"Post\" links a \"Tag\" by . id . alone"
    }
  }
}

// A block of the callback declares another id.
export async function linkMapShadowed(workspaceId: string, title: string, tags: string[], extra: string) {
  const checked = await checkTags(tags, workspaceId);
  if (!checked.success) {
    return null;
  }
  return db.post.create({
    data: {
      title,
      workspaceId,
      tags: {
        connect: checked.ids.map((id) => { // want "create on \"Post\" links a \"Tag\" by . id . alone"
          if (extra) {
            const id = extra;
            return { id };
          }
          return { id };
        }),
      },
    },
  });
}

// A catch of the loop binds another id.
export async function linkEachCaught(workspaceId: string, postId: string, tags: string[], extra: string) {
  const checked = await checkTags(tags, workspaceId);
  if (!checked.success) {
    return null;
  }
  for (const id of checked.ids) {
    try {
      throw extra;
    } catch (id) {
      await db.post.update({ where: { id: postId, workspaceId }, data: { tags: { connect: { id } } } }); // want "update on \"Post\" links a \"Tag\" by . id . alone"
    }
  }
}

// The twin: each id of the checked list.
export async function linkEach(workspaceId: string, postId: string, tags: string[]) {
  const checked = await checkTags(tags, workspaceId);
  if (!checked.success) {
    return null;
  }
  for (const id of checked.ids) {
    await db.post.update({ where: { id: postId, workspaceId }, data: { tags: { connect: { id } } } });
  }
}

// The same shadowed element, the list counted in the caller.
export async function linkEachShadowedDirect(workspaceId: string, postId: string, tags: string[], extra: string) {
  const ids = Array.from(new Set(tags));
  const found = await db.tag.findMany({ where: { id: { in: ids }, workspaceId } });
  if (found.length !== ids.length) {
    return null;
  }
  for (const id of ids) {
    {
      const id = extra;
      await db.post.update({ where: { id: postId, workspaceId }, data: { tags: { connect: { id } } } }); // want "update on \"Post\" links a \"Tag\" by . id . alone"
    }
  }
}

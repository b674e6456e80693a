declare const db: any;

// The call names its where twice: the later one has no tenant.
export async function checkTagsTwoWheres(tagIds: string[], workspaceId: string) {
  const ids = Array.from(new Set(tagIds));
  const found = await db.tag.findMany({ where: { id: { in: ids }, workspaceId }, where: { id: { in: ids } } }); // want "findMany on tenant-scoped \"Tag\" does not filter by the tenant"
  if (found.length !== ids.length) {
    return { success: false };
  }
  return { success: true, ids };
}

export async function linkTwoWheres(workspaceId: string, title: string, tags: string[]) {
  const checked = await checkTagsTwoWheres(tags, workspaceId);
  if (!checked.success) {
    return null;
  }
  return db.post.create({
    data: { title, workspaceId, tags: { connect: checked.ids.map((id) => ({ id })) } }, // want "create on \"Post\" links a \"Tag\" by . id . alone"
  });
}

// Two wheres: the later one, with the tenant, is sent.
export async function readTwoWheres(workspaceId: string, id: string) {
  return db.tag.findMany({ where: { id }, where: { id, workspaceId } });
}

// The later where, by a computed key, has no tenant.
export async function readComputedWhere(workspaceId: string, id: string) {
  return db.tag.findMany({ where: { id, workspaceId }, ["where"]: { id } }); // want "cannot see the where of findMany on tenant-scoped \"Tag\""
}

// A key the rule cannot read after the where may name it again.
export async function readUnreadKey(workspaceId: string, id: string, key: string) {
  return db.tag.findMany({ where: { id, workspaceId }, [key]: { id } }); // want "cannot see the where of findMany on tenant-scoped \"Tag\""
}

// The twin: a key the rule cannot read before the where is replaced by it.
export async function readUnreadKeyFirst(workspaceId: string, id: string, key: string) {
  return db.tag.findMany({ [key]: { id }, where: { id, workspaceId } });
}

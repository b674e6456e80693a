declare const db: any;
declare function session(): Promise<{ user: { id: string }; activeId: string | null } | null>;

// The failure hands back the list unchecked under the entry's name.
export async function checkTagsEcho(tagIds: string[], workspaceId: string) {
  const ids = Array.from(new Set(tagIds));
  const found = await db.tag.findMany({ where: { id: { in: ids }, workspaceId } });
  if (found.length !== ids.length) {
    return { success: false, ids };
  }
  return { success: true, ids };
}

// A declared function, hoisted, links before the test.
export async function linkHoisted(workspaceId: string, title: string, tags: string[]) {
  const checked = await checkTagsEcho(tags, workspaceId);
  await link();
  if (!checked.success) {
    return null;
  }
  async function link() {
    return db.post.create({
      data: { title, workspaceId, tags: { connect: checked.ids.map((id) => ({ id })) } }, // want "create on \"Post\" links a \"Tag\" by . id . alone"
    });
  }
}

// The flag is set before it is tested.
export async function linkForced(workspaceId: string, title: string, tags: string[]) {
  const checked = await checkTagsEcho(tags, workspaceId);
  checked.success = true;
  if (!checked.success) {
    return null;
  }
  return db.post.create({
    data: { title, workspaceId, tags: { connect: checked.ids.map((id) => ({ id })) } }, // want "create on \"Post\" links a \"Tag\" by . id . alone"
  });
}

// A finally grows the list after the return took it.
export async function checkTagsFinally(tagIds: string[], workspaceId: string, extra: string) {
  const ids = Array.from(new Set(tagIds));
  try {
    const found = await db.tag.findMany({ where: { id: { in: ids }, workspaceId } });
    if (found.length !== ids.length) {
      return { success: false };
    }
    return { success: true, ids };
  } finally {
    ids.push(extra);
  }
}

export async function linkFinally(workspaceId: string, title: string, tags: string[], extra: string) {
  const checked = await checkTagsFinally(tags, workspaceId, extra);
  if (!checked.success) {
    return null;
  }
  return db.post.create({
    data: { title, workspaceId, tags: { connect: checked.ids.map((id) => ({ id })) } }, // want "create on \"Post\" links a \"Tag\" by . id . alone"
  });
}

// A finally gives the row another key after the return took it.
export async function requireAccessFinally(otherId: string) {
  const s = await session();
  if (!s || !s.activeId) {
    return { ok: false } as const;
  }
  const member = await db.member.findFirst({ where: { organizationId: s.activeId, userId: s.user.id } });
  try {
    if (!member) {
      return { ok: false } as const;
    }
    return { ok: true, member } as const;
  } finally {
    if (member) {
      member.id = otherId;
    }
  }
}

export async function setAlertsFinally(otherId: string, alerts: boolean) {
  const access = await requireAccessFinally(otherId);
  if (!access.ok) {
    return null;
  }
  await db.memberSettings.upsert({ // want "upsert on tenant-scoped \"MemberSettings\" does not filter by the tenant"
    where: { memberId: access.member.id },
    create: { memberId: access.member.id, alerts }, // want "upsert on \"MemberSettings\" links a \"Member\" by \"memberId\" alone"
    update: { alerts },
  });
}

// A failure hands back a row of any workspace under the entry's name.
export async function requireAccessEcho() {
  const s = await session();
  if (!s || !s.activeId) {
    return { ok: false } as const;
  }
  const member = await db.member.findFirst({ where: { organizationId: s.activeId, userId: s.user.id } });
  if (!member) {
    const any = await db.member.findFirst({ where: { userId: s.user.id } }); // want "findFirst on tenant-scoped \"Member\" does not filter by the tenant"
    return { ok: false, member: any } as const;
  }
  return { ok: true, member } as const;
}

export async function setAlertsForced(alerts: boolean) {
  const access: any = await requireAccessEcho();
  access.ok = true;
  if (!access.ok) {
    return null;
  }
  await db.memberSettings.upsert({ // want "upsert on tenant-scoped \"MemberSettings\" does not filter by the tenant"
    where: { memberId: access.member.id },
    create: { memberId: access.member.id, alerts }, // want "upsert on \"MemberSettings\" links a \"Member\" by \"memberId\" alone"
    update: { alerts },
  });
}

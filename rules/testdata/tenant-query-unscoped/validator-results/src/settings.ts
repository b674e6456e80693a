declare const db: any;
declare function session(): Promise<{ user: { id: string }; activeId: string | null } | null>;

// An auth helper that finds the caller's membership of its active
// workspace and hands it back in a result whose flag the caller tests
// (Marble's requireActiveWorkspaceAccess):
//
//	const accessData = await requireActiveWorkspaceAccess();
//	if (!accessData.ok) return accessData.response;
//	const { member } = accessData;
//	db.workspaceNotificationPreferences.upsert({ where: { memberId: member.id }, … });
export async function requireAccess() {
  const s = await session();
  const workspaceId = s?.activeId;
  if (!s || !workspaceId) {
    return { ok: false, response: "unauthenticated" } as const;
  }
  const member = await db.member.findFirst({
    where: { organizationId: workspaceId, userId: s.user.id },
    select: { id: true },
  });
  if (!member) {
    return { ok: false, response: "forbidden" } as const;
  }
  return { ok: true, member, s, workspaceId } as const;
}

export async function setAlerts(alerts: boolean) {
  const access = await requireAccess();
  if (!access.ok) {
    return access.response;
  }
  const { member } = access;
  await db.memberSettings.upsert({
    where: { memberId: member.id },
    create: { memberId: member.id, alerts },
    update: { alerts },
  });
}

export async function readAlerts() {
  const access = await requireAccess();
  if (access.ok !== true) {
    return null;
  }
  return db.memberSettings.findUnique({ where: { memberId: access.member.id } });
}

// Any membership of the user, in whichever workspace.
export async function requireUser() {
  const s = await session();
  if (!s) {
    return { ok: false } as const;
  }
  const member = await db.member.findFirst({ where: { userId: s.user.id } }); // want "findFirst on tenant-scoped \"Member\" does not filter by the tenant"
  if (!member) {
    return { ok: false } as const;
  }
  return { ok: true, member } as const;
}

export async function setAlertsAnyMember(alerts: boolean) {
  const access = await requireUser();
  if (!access.ok) {
    return null;
  }
  await db.memberSettings.upsert({ // want "upsert on tenant-scoped \"MemberSettings\" does not filter by the tenant"
    where: { memberId: access.member.id },
    create: { memberId: access.member.id, alerts }, // want "upsert on \"MemberSettings\" links a \"Member\" by \"memberId\" alone"
    update: { alerts },
  });
}

// The result is not tested: without a membership, member is undefined.
export async function setAlertsUntested(alerts: boolean) {
  const access = await requireAccess();
  const { member } = access as { member: { id: string } };
  await db.memberSettings.upsert({ // want "upsert on tenant-scoped \"MemberSettings\" does not filter by the tenant"
    where: { memberId: member.id },
    create: { memberId: member.id, alerts }, // want "upsert on \"MemberSettings\" links a \"Member\" by \"memberId\" alone"
    update: { alerts },
  });
}

// Checks the membership of the active workspace, then hands back another
// row: the user's first membership anywhere.
export async function requireAccessFirst() {
  const s = await session();
  if (!s || !s.activeId) {
    return { ok: false } as const;
  }
  const member = await db.member.findFirst({ where: { organizationId: s.activeId, userId: s.user.id } });
  if (!member) {
    return { ok: false } as const;
  }
  const first = await db.member.findFirst({ where: { userId: s.user.id } }); // want "findFirst on tenant-scoped \"Member\" does not filter by the tenant"
  if (!first) {
    return { ok: false } as const;
  }
  return { ok: true, member: first } as const;
}

export async function setAlertsFirst(alerts: boolean) {
  const access = await requireAccessFirst();
  if (!access.ok) {
    return null;
  }
  await db.memberSettings.upsert({ // want "upsert on tenant-scoped \"MemberSettings\" does not filter by the tenant"
    where: { memberId: access.member.id },
    create: { memberId: access.member.id, alerts }, // want "upsert on \"MemberSettings\" links a \"Member\" by \"memberId\" alone"
    update: { alerts },
  });
}

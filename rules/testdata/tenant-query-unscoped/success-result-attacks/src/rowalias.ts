declare const db: any;
declare function session(): Promise<{ user: { id: string }; activeId: string | null } | null>;

export async function requireAccess() {
  const s = await session();
  if (!s || !s.activeId) {
    return { ok: false } as const;
  }
  const member = await db.member.findFirst({ where: { organizationId: s.activeId, userId: s.user.id } });
  if (!member) {
    return { ok: false } as const;
  }
  return { ok: true, member } as const;
}

// A name of the row gives it another key.
export async function setAlertsCopyRekeyed(otherId: string, alerts: boolean) {
  const access = await requireAccess();
  if (!access.ok) {
    return null;
  }
  const { member } = access;
  const copy: any = member;
  copy.id = otherId;
  await db.memberSettings.upsert({ // want "upsert on tenant-scoped \"MemberSettings\" does not filter by the tenant"
    where: { memberId: member.id },
    create: { memberId: member.id, alerts }, // want "upsert on \"MemberSettings\" links a \"Member\" by \"memberId\" alone"
    update: { alerts },
  });
}

// A name of the result gives it another row.
export async function setAlertsResultAlias(other: { id: string }, alerts: boolean) {
  const access = await requireAccess();
  if (!access.ok) {
    return null;
  }
  const again: any = access;
  again.member = other;
  await db.memberSettings.upsert({ // want "upsert on tenant-scoped \"MemberSettings\" does not filter by the tenant"
    where: { memberId: access.member.id },
    create: { memberId: access.member.id, alerts }, // want "upsert on \"MemberSettings\" links a \"Member\" by \"memberId\" alone"
    update: { alerts },
  });
}

// The row's key is set through the result.
export async function setAlertsThroughResult(otherId: string, alerts: boolean) {
  const access = await requireAccess();
  if (!access.ok) {
    return null;
  }
  const { member } = access;
  (access.member as any).id = otherId;
  await db.memberSettings.upsert({ // want "upsert on tenant-scoped \"MemberSettings\" does not filter by the tenant"
    where: { memberId: member.id },
    create: { memberId: member.id, alerts }, // want "upsert on \"MemberSettings\" links a \"Member\" by \"memberId\" alone"
    update: { alerts },
  });
}

// The row's key is set inside a callback run before the use.
export async function setAlertsCallbackRekeyed(otherIds: string[], alerts: boolean) {
  const access = await requireAccess();
  if (!access.ok) {
    return null;
  }
  const { member } = access;
  otherIds.forEach((id) => {
    (member as any).id = id;
  });
  await db.memberSettings.upsert({ // want "upsert on tenant-scoped \"MemberSettings\" does not filter by the tenant"
    where: { memberId: member.id },
    create: { memberId: member.id, alerts }, // want "upsert on \"MemberSettings\" links a \"Member\" by \"memberId\" alone"
    update: { alerts },
  });
}

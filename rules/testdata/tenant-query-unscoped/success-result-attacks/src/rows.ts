declare const db: any;
declare function session(): Promise<{ user: { id: string }; activeId: string | null } | null>;

// The workspace handed in is read through a copy of the parameter.
export async function requireMemberCopied(workspace: string, memberId: string) {
  const ws = workspace;
  const id = memberId;
  const member = await db.member.findFirst({ where: { organizationId: ws, id } });
  if (!member) {
    return { ok: false } as const;
  }
  return { ok: true, member } as const;
}

export async function setAlertsCopied(body: { workspaceId: string; memberId: string }, alerts: boolean) {
  const access = await requireMemberCopied(body.workspaceId, body.memberId);
  if (!access.ok) {
    return null;
  }
  await db.memberSettings.upsert({ // want "upsert on tenant-scoped \"MemberSettings\" does not filter by the tenant"
    where: { memberId: access.member.id },
    create: { memberId: access.member.id, alerts }, // want "upsert on \"MemberSettings\" links a \"Member\" by \"memberId\" alone"
    update: { alerts },
  });
}

// The workspace handed in is read as arguments[0].
export async function requireMemberArguments(workspace?: string) {
  const s = await session();
  if (!s) {
    return { ok: false } as const;
  }
  const member = await db.member.findFirst({ where: { organizationId: arguments[0], userId: s.user.id } });
  if (!member) {
    return { ok: false } as const;
  }
  return { ok: true, member } as const;
}

export async function setAlertsArguments(body: { workspaceId: string }, alerts: boolean) {
  const access = await requireMemberArguments(body.workspaceId);
  if (!access.ok) {
    return null;
  }
  await db.memberSettings.upsert({ // want "upsert on tenant-scoped \"MemberSettings\" does not filter by the tenant"
    where: { memberId: access.member.id },
    create: { memberId: access.member.id, alerts }, // want "upsert on \"MemberSettings\" links a \"Member\" by \"memberId\" alone"
    update: { alerts },
  });
}

// A destructured parameter gives the workspace.
export async function requireMemberDestructured({ workspaceId, memberId }: { workspaceId: string; memberId: string }) {
  const member = await db.member.findFirst({ where: { organizationId: workspaceId, id: memberId } });
  if (!member) {
    return { ok: false } as const;
  }
  return { ok: true, member } as const;
}

export async function setAlertsDestructured(body: { workspaceId: string; memberId: string }, alerts: boolean) {
  const access = await requireMemberDestructured(body);
  if (!access.ok) {
    return null;
  }
  await db.memberSettings.upsert({ // want "upsert on tenant-scoped \"MemberSettings\" does not filter by the tenant"
    where: { memberId: access.member.id },
    create: { memberId: access.member.id, alerts }, // want "upsert on \"MemberSettings\" links a \"Member\" by \"memberId\" alone"
    update: { alerts },
  });
}

// The row is given another key after the return, in a loop that comes back to it.
export async function requireAccessLooped(otherId: string) {
  const s = await session();
  if (!s || !s.activeId) {
    return { ok: false } as const;
  }
  const member = await db.member.findFirst({ where: { organizationId: s.activeId, userId: s.user.id } });
  if (!member) {
    return { ok: false } as const;
  }
  for (let i = 0; i < 2; i++) {
    if (i === 1) {
      return { ok: true, member } as const;
    }
    member.id = otherId;
  }
  return { ok: false } as const;
}

export async function setAlertsLooped(otherId: string, alerts: boolean) {
  const access = await requireAccessLooped(otherId);
  if (!access.ok) {
    return null;
  }
  await db.memberSettings.upsert({ // want "upsert on tenant-scoped \"MemberSettings\" does not filter by the tenant"
    where: { memberId: access.member.id },
    create: { memberId: access.member.id, alerts }, // want "upsert on \"MemberSettings\" links a \"Member\" by \"memberId\" alone"
    update: { alerts },
  });
}

// A computed key later in the literal gives the entry another row.
export async function requireAccessComputed(other: { id: string }) {
  const s = await session();
  if (!s || !s.activeId) {
    return { ok: false } as const;
  }
  const member = await db.member.findFirst({ where: { organizationId: s.activeId, userId: s.user.id } });
  if (!member) {
    return { ok: false } as const;
  }
  return { ok: true, member, ["member"]: other } as const;
}

export async function setAlertsComputed(other: { id: string }, alerts: boolean) {
  const access = await requireAccessComputed(other);
  if (!access.ok) {
    return null;
  }
  await db.memberSettings.upsert({ // want "upsert on tenant-scoped \"MemberSettings\" does not filter by the tenant"
    where: { memberId: access.member.id },
    create: { memberId: access.member.id, alerts }, // want "upsert on \"MemberSettings\" links a \"Member\" by \"memberId\" alone"
    update: { alerts },
  });
}

// A failure whose flag a computed key turns true, with another row.
export async function requireAccessFlagComputed(other: { id: string }) {
  const s = await session();
  if (!s || !s.activeId) {
    return { ok: false, ["ok"]: true, member: other } as const;
  }
  const member = await db.member.findFirst({ where: { organizationId: s.activeId, userId: s.user.id } });
  if (!member) {
    return { ok: false } as const;
  }
  return { ok: true, member } as const;
}

export async function setAlertsFlagComputed(other: { id: string }, alerts: boolean) {
  const access = await requireAccessFlagComputed(other);
  if (!access.ok) {
    return null;
  }
  await db.memberSettings.upsert({ // want "upsert on tenant-scoped \"MemberSettings\" does not filter by the tenant"
    where: { memberId: access.member.id },
    create: { memberId: access.member.id, alerts }, // want "upsert on \"MemberSettings\" links a \"Member\" by \"memberId\" alone"
    update: { alerts },
  });
}

// The caller gives its let row another value after the test.
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

export async function setAlertsReassigned(other: { member: { id: string } }, alerts: boolean) {
  const access = await requireAccess();
  if (!access.ok) {
    return null;
  }
  let { member } = access;
  ({ member } = other);
  await db.memberSettings.upsert({ // want "upsert on tenant-scoped \"MemberSettings\" does not filter by the tenant"
    where: { memberId: member.id },
    create: { memberId: member.id, alerts }, // want "upsert on \"MemberSettings\" links a \"Member\" by \"memberId\" alone"
    update: { alerts },
  });
}

// The flag tested is another result's.
export async function setAlertsOtherResult(alerts: boolean) {
  const first = await requireAccess();
  const second = await requireAccess();
  if (!first.ok) {
    return null;
  }
  await db.memberSettings.upsert({ // want "upsert on tenant-scoped \"MemberSettings\" does not filter by the tenant"
    where: { memberId: (second as any).member.id },
    create: { memberId: (second as any).member.id, alerts }, // want "upsert on \"MemberSettings\" links a \"Member\" by \"memberId\" alone"
    update: { alerts },
  });
}

// The test leaves only when both fail.
export async function setAlertsAnd(alerts: boolean, force: boolean) {
  const access = await requireAccess();
  if (!access.ok && !force) {
    return null;
  }
  await db.memberSettings.upsert({ // want "upsert on tenant-scoped \"MemberSettings\" does not filter by the tenant"
    where: { memberId: (access as any).member.id },
    create: { memberId: (access as any).member.id, alerts }, // want "upsert on \"MemberSettings\" links a \"Member\" by \"memberId\" alone"
    update: { alerts },
  });
}

// The test is of success: the caller leaves when it is on.
export async function setAlertsInverted(alerts: boolean) {
  const access = await requireAccess();
  if (access.ok) {
    return null;
  }
  const { member } = access as any;
  await db.memberSettings.upsert({ // want "upsert on tenant-scoped \"MemberSettings\" does not filter by the tenant"
    where: { memberId: member.id },
    create: { memberId: member.id, alerts }, // want "upsert on \"MemberSettings\" links a \"Member\" by \"memberId\" alone"
    update: { alerts },
  });
}

// The caller's twin: it leaves unless its flag is on.
export async function setAlertsChecked(alerts: boolean) {
  const access = await requireAccess();
  if (!access.ok) {
    return null;
  }
  const { member } = access;
  await db.memberSettings.upsert({
    where: { memberId: member.id },
    create: { memberId: member.id, alerts },
    update: { alerts },
  });
}

// Reads the session through consts of its own, and runs a callback
// that never sees the row.
export async function requireAccessThroughConsts() {
  const s = await session();
  if (!s || !s.activeId) {
    return { ok: false } as const;
  }
  const workspaceId = s.activeId;
  const orgId = workspaceId;
  const member = await db.member.findFirst({ where: { organizationId: orgId, userId: s.user.id } });
  if (!member) {
    return { ok: false } as const;
  }
  const note = (msg: string) => console.log(msg);
  note("access");
  return { ok: true, member } as const;
}

// The caller gives the row another key.
export async function setAlertsRekeyed(body: { memberId: string }, alerts: boolean) {
  const access = await requireAccessThroughConsts();
  if (!access.ok) {
    return null;
  }
  const { member } = access;
  member.id = body.memberId;
  await db.memberSettings.upsert({ // want "upsert on tenant-scoped \"MemberSettings\" does not filter by the tenant"
    where: { memberId: member.id },
    create: { memberId: member.id, alerts }, // want "upsert on \"MemberSettings\" links a \"Member\" by \"memberId\" alone"
    update: { alerts },
  });
}

// The twin: the row as found, through consts of the session.
export async function setAlertsFound(alerts: boolean) {
  const access = await requireAccessThroughConsts();
  if (!access.ok) {
    return null;
  }
  const { member } = access;
  await db.memberSettings.upsert({
    where: { memberId: member.id },
    create: { memberId: member.id, alerts },
    update: { alerts },
  });
}

// A closure written before the lookup gives the row another key after
// the test.
export async function requireAccessRekeyedLater(otherId: string) {
  const s = await session();
  if (!s || !s.activeId) {
    return { ok: false } as const;
  }
  const rekey = () => {
    member.id = otherId;
  };
  const member = await db.member.findFirst({ where: { organizationId: s.activeId, userId: s.user.id } });
  if (!member) {
    return { ok: false } as const;
  }
  rekey();
  return { ok: true, member } as const;
}

export async function setAlertsRekeyedLater(otherId: string, alerts: boolean) {
  const access = await requireAccessRekeyedLater(otherId);
  if (!access.ok) {
    return null;
  }
  await db.memberSettings.upsert({ // want "upsert on tenant-scoped \"MemberSettings\" does not filter by the tenant"
    where: { memberId: access.member.id },
    create: { memberId: access.member.id, alerts }, // want "upsert on \"MemberSettings\" links a \"Member\" by \"memberId\" alone"
    update: { alerts },
  });
}

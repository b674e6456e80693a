import { respond, session } from "./http";

declare const db: any;

// An auth helper of another file: the caller's membership of its active
// workspace, in a result whose flag the caller tests (Marble's
// requireActiveWorkspaceAccess).
export async function requireWorkspace() {
  try {
    const s = await session();
    const workspaceId = s?.activeId;
    if (!s || !workspaceId) {
      return { ok: false, response: respond("unauthenticated", 401) } as const;
    }
    const member = await db.member.findFirst({
      where: { organizationId: workspaceId, userId: s.user.id },
      select: { id: true, role: true },
    });
    if (!member) {
      return { ok: false, response: respond("forbidden", 403) } as const;
    }
    return { ok: true, member, s, workspaceId } as const;
  } catch {
    return { ok: false, response: respond("error", 500) } as const;
  }
}

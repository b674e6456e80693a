declare const db: any;

// The invite found by id, the caller's membership of its organization
// looked up with an OrThrow, then the invite deleted by that id
// (llamaworkspace's cancelled invites): the delete is the tenant's too.
export async function cancelInvite(userId: string, inviteId: string) {
  const invite = await db.invite.findUniqueOrThrow({ select: { organizationId: true }, where: { id: inviteId } });
  await db.member.findFirstOrThrow({ where: { organizationId: invite.organizationId, userId } });
  await db.invite.delete({ where: { id: inviteId } });
}

// Near misses: the write before the membership is checked, the
// membership's result not tested, another key written. (The lookups
// themselves read nothing of another tenant's row but its organization,
// which the membership is then looked up in.)
export async function cancelEarly(userId: string, inviteId: string, otherId: string) {
  const invite = await db.invite.findUniqueOrThrow({ select: { organizationId: true }, where: { id: inviteId } });
  await db.invite.delete({ where: { id: inviteId } }); // want "delete on tenant-scoped \"Invite\" does not filter"
  await db.member.findFirstOrThrow({ where: { organizationId: invite.organizationId, userId } });
}

export async function cancelUntested(userId: string, inviteId: string) {
  const invite = await db.invite.findUniqueOrThrow({ select: { organizationId: true }, where: { id: inviteId } });
  await db.member.findFirst({ where: { organizationId: invite.organizationId, userId } });
  await db.invite.delete({ where: { id: inviteId } }); // want "delete on tenant-scoped \"Invite\" does not filter"
}

export async function cancelOther(userId: string, inviteId: string, otherId: string) {
  const invite = await db.invite.findUniqueOrThrow({ select: { organizationId: true }, where: { id: inviteId } });
  await db.member.findFirstOrThrow({ where: { organizationId: invite.organizationId, userId } });
  await db.invite.delete({ where: { id: otherId } }); // want "delete on tenant-scoped \"Invite\" does not filter"
}

// Near miss: the invite's id reassigned by a closure run between the
// membership lookup and the delete.
export async function cancelReset(userId: string, inviteId: string, otherId: string) {
  const reset = () => {
    inviteId = otherId;
  };
  const invite = await db.invite.findUniqueOrThrow({ select: { organizationId: true }, where: { id: inviteId } });
  await db.member.findFirstOrThrow({ where: { organizationId: invite.organizationId, userId } });
  reset();
  await db.invite.delete({ where: { id: inviteId } }); // want "delete on tenant-scoped \"Invite\" does not filter"
}

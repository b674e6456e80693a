declare const protectedProcedure: any;
type Ctx = { db: any; session: { user: { id: number } } };

// split-pro's getAllGroups: the caller's own memberships, each with its
// group, the group's members and its default split. The membership is
// the caller's, so its group is the caller's tenant, and the rows the
// group holds by its own key are that tenant's.
export const getAllGroups = protectedProcedure.query(async ({ ctx }: { ctx: Ctx }) => {
  return ctx.db.groupUser.findMany({
    where: { userId: ctx.session.user.id },
    include: { group: { include: { groupUsers: { include: { user: true } }, defaultSplit: true } } },
  });
});

// The same through select, and the group's expenses with a count.
export const withExpenses = protectedProcedure.query(async ({ ctx }: { ctx: Ctx }) => {
  return ctx.db.groupUser.findMany({
    where: { userId: ctx.session.user.id },
    select: { group: { select: { name: true, expenses: { select: { id: true, _count: true } } } } },
  });
});

// Past the group's own rows: a member's user and that user's other
// memberships are other groups' rows.
export const othersMemberships = protectedProcedure.query(async ({ ctx }: { ctx: Ctx }) => {
  return ctx.db.groupUser.findMany({ // want "findMany on tenant-scoped \"GroupUser\" does not filter by the tenant"
    where: { userId: ctx.session.user.id },
    include: { group: { include: { groupUsers: { include: { user: { include: { members: true } } } } } } },
  });
});

// A row two hops below the group: scoped through its expense, which the
// include does not say is the group's own.
export const participants = protectedProcedure.query(async ({ ctx }: { ctx: Ctx }) => {
  return ctx.db.groupUser.findMany({ // want "findMany on tenant-scoped \"GroupUser\" does not filter by the tenant"
    where: { userId: ctx.session.user.id },
    include: { group: { include: { expenses: { include: { participants: true } } } } },
  });
});

// The group's pinned expense is keyed by the expense's id, which may be
// any group's.
export const pinned = protectedProcedure.query(async ({ ctx }: { ctx: Ctx }) => {
  return ctx.db.groupUser.findMany({ // want "findMany on tenant-scoped \"GroupUser\" does not filter by the tenant"
    where: { userId: ctx.session.user.id },
    include: { group: { include: { pinned: true } } },
  });
});

// Through the member's user, not the group: every group of that user.
export const viaUser = protectedProcedure.query(async ({ ctx }: { ctx: Ctx }) => {
  return ctx.db.groupUser.findMany({ // want "findMany on tenant-scoped \"GroupUser\" does not filter by the tenant"
    where: { userId: ctx.session.user.id },
    include: { user: { include: { members: { include: { group: { include: { groupUsers: true } } } } } } },
  });
});

// Not pinned to the caller: anyone's memberships.
export const anyone = protectedProcedure.query(async ({ ctx, input }: { ctx: Ctx; input: { userId: number } }) => {
  return ctx.db.groupUser.findMany({ // want "findMany on tenant-scoped \"GroupUser\" does not filter by the tenant"
    where: { userId: input.userId },
    include: { group: { include: { groupUsers: true } } },
  });
});

// A spread in the group's include may add anything.
export const spread = protectedProcedure.query(async ({ ctx, more }: { ctx: Ctx; more: object }) => {
  return ctx.db.groupUser.findMany({ // want "findMany on tenant-scoped \"GroupUser\" does not filter by the tenant"
    where: { userId: ctx.session.user.id },
    include: { group: { include: { groupUsers: true, ...more } } },
  });
});

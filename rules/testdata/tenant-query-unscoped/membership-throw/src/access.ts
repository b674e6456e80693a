declare const db: any;

class AuthError extends Error {}

type Context = { session: { user: { id?: string } } | null };

const requireUserId = (ctx: Context) => {
  if (!ctx.session?.user.id) {
    throw new AuthError("signed-in users only");
  }
  return ctx.session.user.id;
};

// Throws unless the context's user is a member of the project.
export const requireCanModifyProject = async (projectId: string, ctx: Context) => {
  const userId = requireUserId(ctx);
  const canModify = await db.projectUser.findFirst({
    where: { userId, projectId, role: { in: ["OWNER", "MEMBER"] } },
  });
  if (!canModify) {
    throw new AuthError("members only");
  }
};

// The same as a function declaration, the context first.
export async function requireIsProjectAdmin(ctx: Context, projectId: string) {
  const userId = requireUserId(ctx);
  const isAdmin = await db.projectUser.findFirst({ where: { projectId, userId, role: "ADMIN" } });
  if (!isAdmin) throw new AuthError("admins only");
}

// Public projects let anyone in before the membership is looked up.
export const requireCanViewProject = async (projectId: string, ctx: Context) => {
  const userId = requireUserId(ctx);
  const project = await db.project.findFirst({ where: { id: projectId } });
  if (project?.isPublic) return;
  const member = await db.projectUser.findFirst({ where: { userId, projectId } });
  if (!member) throw new AuthError("members only");
};

// The user is whoever the caller names.
export const requireMember = async (projectId: string, userId: string) => {
  const member = await db.projectUser.findFirst({ where: { userId, projectId } });
  if (!member) throw new AuthError("members only");
};

// An invitation, not a membership: Invitation is not named.
export const requireInvited = async (projectId: string, ctx: Context) => {
  const senderId = requireUserId(ctx);
  const invitation = await db.invitation.findFirst({ where: { projectId, senderId } });
  if (!invitation) throw new AuthError("invited users only");
};

// The user id may be undefined, and Prisma drops an undefined filter.
const looseUserId = (ctx: Context) => ctx.session?.user.id;

export const requireLooseMember = async (projectId: string, ctx: Context) => {
  const userId = looseUserId(ctx);
  const member = await db.projectUser.findFirst({ where: { userId, projectId } });
  if (!member) throw new AuthError("members only");
};

import { prisma } from "./db";

class AuthError extends Error {}

export type Context = { session: { user: { id?: string } } | null; impersonate?: string };

const requireUserId = (ctx: Context) => {
  if (!ctx.session?.user.id) {
    throw new AuthError("signed-in users only");
  }
  return ctx.session.user.id;
};

// The proof's helper: throws unless the context's user is a member.
export const requireOrgMember = async (organizationId: string, ctx: Context) => {
  const userId = requireUserId(ctx);
  const member = await prisma.organizationMember.findFirst({ where: { userId, organizationId } });
  if (!member) {
    throw new AuthError("members only");
  }
};

// The context handed to a call before its user is read: it may put
// another user there (an impersonation the caller asks for).
function impersonate(ctx: Context) {
  if (ctx.impersonate && ctx.session) ctx.session.user.id = ctx.impersonate;
}

export const requireOrgMemberImpersonated = async (organizationId: string, ctx: Context) => {
  impersonate(ctx);
  const userId = requireUserId(ctx);
  const member = await prisma.organizationMember.findFirst({ where: { userId, organizationId } });
  if (!member) throw new AuthError("members only");
};

// Throws in one branch only.
export const requireOrgMemberWhenStrict = async (organizationId: string, ctx: Context) => {
  const userId = requireUserId(ctx);
  const member = await prisma.organizationMember.findFirst({ where: { userId, organizationId } });
  if (!member) {
    if (ctx.impersonate) throw new AuthError("members only");
  }
};

// A guest membership stands in for a missing one.
export const requireOrgMemberOrGuest = async (organizationId: string, ctx: Context) => {
  const userId = requireUserId(ctx);
  const member = (await prisma.organizationMember.findFirst({ where: { userId, organizationId } })) ?? { role: "guest" };
  if (!member) throw new AuthError("members only");
};

// The membership made when missing.
export const requireOrgMemberJoining = async (organizationId: string, ctx: Context) => {
  const userId = requireUserId(ctx);
  const member = await prisma.organizationMember.upsert({
    where: { organizationId_userId: { organizationId, userId } },
    create: { organizationId, userId, role: "member" },
    update: {},
  });
  if (!member) throw new AuthError("members only");
};

// The throw swallowed by a finally that returns.
export const requireOrgMemberFinally = async (organizationId: string, ctx: Context) => {
  const userId = requireUserId(ctx);
  const member = await prisma.organizationMember.findFirst({ where: { userId, organizationId } });
  try {
    if (!member) throw new AuthError("members only");
  } finally {
    return;
  }
};

// Twin: the organization checked first, the context not named before its
// user is read.
export const requireOrgMemberChecked = async (organizationId: string, ctx: Context) => {
  if (!organizationId) throw new AuthError("no organization");
  const userId = requireUserId(ctx);
  const member = await prisma.organizationMember.findFirst({ where: { userId, organizationId } });
  if (!member) throw new AuthError("members only");
};

// charmverse's shape: an error handed back unless the user is a member.
export async function hasAccessToOrg({ organizationId, userId }: { organizationId: string; userId: string | undefined }) {
  const member = await prisma.organizationMember.findFirst({ where: { organizationId, userId } });
  if (!member) return { error: new AuthError("members only") };
  return { success: true, member };
}

// A viewer's membership stands in for a missing one, through then.
export const requireOrgMemberThen = async (organizationId: string, ctx: Context) => {
  const userId = requireUserId(ctx);
  const member = await prisma.organizationMember.findFirst({ where: { userId, organizationId } }).then((m) => m ?? { role: "viewer" });
  if (!member) throw new AuthError("members only");
};

export async function hasAccessThen({ organizationId, userId }: { organizationId: string; userId: string }) {
  const member = await prisma.organizationMember.findFirst({ where: { organizationId, userId } }).then((m) => m ?? { role: "viewer" });
  if (!member) return { error: new AuthError("members only") };
  return { success: true, member };
}

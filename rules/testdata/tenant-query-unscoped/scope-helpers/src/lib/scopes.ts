import type { Prisma } from "@prisma/client";

// The tenant added to the where it is given (llamaworkspace's appUtils).
export const scopeAppByWorkspace = (where: Prisma.AppWhereInput, workspaceId: string) => ({ ...where, workspaceId });

// Through the parent: a chat is its app's workspace's.
export const scopeChatByWorkspace = (whereClause: Prisma.ChatWhereInput, workspaceId: string) => {
  return {
    ...whereClause,
    app: {
      workspaceId,
    },
  };
};

// Near misses read as unseen: the where spread after the tenant (it may
// replace it), a default value.
export const scopeFirst = (where: Prisma.AppWhereInput, workspaceId: string) => ({ workspaceId, ...where });
export const scopeDefault = (where: Prisma.AppWhereInput, workspaceId = "") => ({ ...where, workspaceId });

// Read, and scoping nothing: a key that is not the tenant, a fixed value.
export const byTitle = (where: Prisma.AppWhereInput, title: string) => ({ ...where, title });
export const withStatus = (where: Prisma.AppWhereInput) => ({ ...where, status: "live" });

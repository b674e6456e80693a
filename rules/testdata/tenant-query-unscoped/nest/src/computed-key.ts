import { prisma } from "./db";

// A computed key that is one tenant field or another constrains the tenant
// either way; one that may be another field, or a name the rule cannot
// read, does not.
export async function invitations(resourceId: string, isSpace: boolean, key: string) {
  await prisma.invitation.findMany({ where: { [isSpace ? "spaceId" : "baseId"]: resourceId } });
  await prisma.invitation.update({ where: { id: "i", [isSpace ? "spaceId" : ("baseId")]: resourceId }, data: {} });
  await prisma.invitation.findMany({ where: { ["spaceId"]: resourceId } });
  await prisma.invitation.findMany({ where: { [isSpace ? "spaceId" : "name"]: resourceId } }); // want "findMany on tenant-scoped \"Invitation\" does not filter by the tenant"
  await prisma.invitation.findMany({ where: { [key]: resourceId } }); // want "findMany on tenant-scoped \"Invitation\" does not filter by the tenant"
  await prisma.invitation.findMany({ where: { [isSpace ? "spaceId" : key]: resourceId } }); // want "findMany on tenant-scoped \"Invitation\" does not filter by the tenant"
  await prisma.invitation.findMany({ where: { [isSpace ? "spaceId" : "baseId"]: undefined } }); // want "findMany on tenant-scoped \"Invitation\" filters by a tenant value that may be undefined"
}

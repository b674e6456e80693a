import { PrismaClient } from "@prisma/client";
import { AuthUser } from "./decorators";

const prisma = new PrismaClient();

export class OrgsController {
  // The caller's own memberships, by the users' id, whatever its name.
  async mine(@AuthUser() user: { uid: string; id: string; handle: string }) {
    return prisma.member.findMany({ where: { userUid: user.uid } });
  }

  async mineByRelation(@AuthUser() user: { uid: string; id: string; handle: string }) {
    return prisma.member.findMany({ where: { user: { uid: user.uid } } });
  }

  // Another field of the caller read into the key: not the caller's id.
  async wrongField(@AuthUser() user: { uid: string; id: string; handle: string }) {
    return prisma.member.findMany({ where: { userUid: user.id } }); // want "findMany on tenant-scoped \"Member\" does not filter by the tenant"
  }

  async wrongRelationField(@AuthUser() user: { uid: string; id: string; handle: string }) {
    return prisma.member.findMany({ where: { user: { id: user.uid } } }); // want "findMany on tenant-scoped \"Member\" does not filter by the tenant"
  }

  // A relation by a unique field that is not the id names no user key.
  async byHandle(@AuthUser() user: { uid: string; id: string; handle: string }) {
    return prisma.guest.findMany({ where: { userHandle: user.handle } }); // want "findMany on tenant-scoped \"Guest\" does not filter by the tenant"
  }
}

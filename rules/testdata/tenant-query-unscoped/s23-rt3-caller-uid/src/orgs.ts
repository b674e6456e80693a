import { PrismaClient } from "@prisma/client";
import { AuthUser } from "./decorators";

const prisma = new PrismaClient();

export class OrgsController {
  // Member.userId references the unique id column, not the @id uid: a
  // key by a unique field that is not the id stays reported, as a handle's
  // does, and the uid in it names no member's user at all.
  async byUniqueId(@AuthUser() user: { uid: string; id: string }) {
    return prisma.member.findMany({ where: { userId: user.id } }); // want "findMany on tenant-scoped \"Member\" does not filter by the tenant"
  }

  async byUniqueIdUid(@AuthUser() user: { uid: string; id: string }) {
    return prisma.member.findMany({ where: { userId: user.uid } }); // want "findMany on tenant-scoped \"Member\" does not filter by the tenant"
  }

  async byRelationId(@AuthUser() user: { uid: string; id: string }) {
    return prisma.member.findMany({ where: { user: { id: user.id } } }); // want "findMany on tenant-scoped \"Member\" does not filter by the tenant"
  }

  // A compound id: the uid alone is not one account.
  async compoundAccount(@AuthUser() user: { uid: string; region: string }) {
    return prisma.seat.findMany({ where: { accountUid: user.uid } }); // want "findMany on tenant-scoped \"Seat\" does not filter by the tenant"
  }

  async compoundRelation(@AuthUser() user: { uid: string; region: string }) {
    return prisma.seat.findMany({ where: { account: { uid: user.uid } } }); // want "findMany on tenant-scoped \"Seat\" does not filter by the tenant"
  }
}

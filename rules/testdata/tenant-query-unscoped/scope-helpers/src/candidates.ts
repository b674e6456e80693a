import { prisma } from "./db";

declare function currentWorkspace(): string;

// A method of the class building the where from its parameter and fixed
// values (usertour's announcement candidates), also spread into a where.
export class Candidates {
  private candidateWhere(workspaceId: string) {
    return { workspaceId, status: "live", chats: { some: { title: { not: "" } } } };
  }

  async list(workspaceId: string, ids: string[]) {
    await prisma.app.findMany({ where: this.candidateWhere(workspaceId) });
    return prisma.app.findMany({ where: { ...this.candidateWhere(workspaceId), id: { in: ids } } });
  }

  // Near misses: fixed values with no tenant are read and filter by
  // none; a tenant the helper takes from elsewhere is not read.
  private liveWhere() {
    return { status: "live" };
  }

  private currentWhere() {
    return { status: "live", workspaceId: currentWorkspace() };
  }

  async live(id: string) {
    await prisma.app.findFirst({ where: { id, ...this.liveWhere() } }); // want "findFirst on tenant-scoped \"App\" does not filter by the tenant"
    return prisma.app.findFirst({ where: { id, ...this.currentWhere() } }); // want "cannot see the where of findFirst on tenant-scoped \"App\""
  }
}

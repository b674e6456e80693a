import { prisma } from "./db";

// A class whose list is a getter: each read may answer another list.
export class Updater {
  reads = 0;
  constructor(private base: string[], private other: string[], private organizationId: string, private id: string) {}
  get projectIds(): string[] | undefined {
    this.reads++;
    return this.reads > 2 ? this.other : this.base;
  }
  async run(userId: string) {
    const organization = await prisma.organization.findFirst({ where: { id: this.organizationId, members: { some: { userId } } }, include: { projects: true } });
    if (!organization) throw new Error("forbidden");
    const token = await prisma.apiToken.findFirstOrThrow({ where: { id: this.id, organizationId: this.organizationId } });
    if (this.projectIds) {
      const invalid = this.projectIds.filter((projectId) => !organization.projects.some((p) => p.id === projectId));
      if (invalid.length > 0) throw new Error("bad projects");
    }
    if (this.projectIds) {
      await prisma.apiTokenProject.createMany({ data: this.projectIds.map((projectId) => ({ tokenId: token.id, projectId })) }); // want "links a \"Project\" by \"projectId\" alone"
    }
  }
}

import { PrismaService } from "./db";

// A helper that takes one object and destructures it: the properties
// stand for its parameters. Once awaited with the caller's id and tenant,
// a write by that id alone touches the caller's row.
export class TagService {
  constructor(private prisma: PrismaService) {}

  private async requireTag({ tagId, organizationId }: { tagId: string; organizationId: string }) {
    const tag = await this.prisma.tag.findFirst({ where: { id: tagId, organizationId } });
    if (!tag) throw new Error("Tag not found");
    return tag;
  }

  private async requireRenamed({ id: tagId, org }: { id: string; org: string }) {
    return this.prisma.tag.findFirstOrThrow({ where: { id: tagId, organization: { id: org } } });
  }

  private async requireTagOrDefault({ tagId, organizationId = "default" }: { tagId: string; organizationId: string }) {
    const tag = await this.prisma.tag.findFirst({ where: { id: tagId, organizationId } });
    if (!tag) throw new Error("Tag not found");
    return tag;
  }

  private async findTag({ tagId, organizationId }: { tagId: string; organizationId: string }) {
    return this.prisma.tag.findFirst({ where: { id: tagId, organizationId } });
  }

  async remove(tagId: string, organizationId: string) {
    await this.requireTag({ tagId, organizationId });
    return this.prisma.tag.delete({ where: { id: tagId } });
  }

  async rename(id: string, organizationId: string) {
    await this.requireRenamed({ id, org: organizationId });
    return this.prisma.tag.update({ where: { id }, data: {} });
  }

  // The helper checked another id than the write's.
  async removeOther(tagId: string, otherId: string, organizationId: string) {
    await this.requireTag({ tagId: otherId, organizationId });
    return this.prisma.tag.delete({ where: { id: tagId } }); // want "delete on tenant-scoped \"Tag\" does not filter by the tenant"
  }

  // The tenant handed to the helper is a literal, not the caller's.
  async removeInLiteral(tagId: string) {
    await this.requireTag({ tagId, organizationId: "org_1" });
    return this.prisma.tag.delete({ where: { id: tagId } }); // want "delete on tenant-scoped \"Tag\" does not filter by the tenant"
  }

  // A spread may replace what the object gives.
  async removeSpread(tagId: string, organizationId: string, extra: any) {
    await this.requireTag({ tagId, organizationId, ...extra });
    return this.prisma.tag.delete({ where: { id: tagId } }); // want "delete on tenant-scoped \"Tag\" does not filter by the tenant"
  }

  // A default may stand for the tenant the caller leaves out.
  async removeDefaulted(tagId: string, organizationId: string) {
    await this.requireTagOrDefault({ tagId, organizationId });
    return this.prisma.tag.delete({ where: { id: tagId } }); // want "delete on tenant-scoped \"Tag\" does not filter by the tenant"
  }

  // A helper that hands back nothing when the row is missing checks nothing.
  async removeFound(tagId: string, organizationId: string) {
    await this.findTag({ tagId, organizationId });
    return this.prisma.tag.delete({ where: { id: tagId } }); // want "delete on tenant-scoped \"Tag\" does not filter by the tenant"
  }
}

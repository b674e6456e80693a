import { PrismaService } from "./db";

class NotFound extends Error {}

// A helper whose lookup sits in a try whose catch throws again on every
// path: a missing row still leaves the helper by a throw.
export class WebhookService {
  constructor(private prisma: PrismaService) {}

  async findById(id: string, organizationId: string) {
    try {
      const webhook = await this.prisma.webhook.findFirst({ where: { id, organizationId } });
      if (!webhook) throw new NotFound("Webhook not found");
      return webhook;
    } catch (error) {
      if (error instanceof NotFound) throw error;
      console.error(error);
      throw error;
    }
  }

  async findOrLog(id: string, organizationId: string) {
    try {
      const webhook = await this.prisma.webhook.findFirst({ where: { id, organizationId } });
      if (!webhook) throw new NotFound("Webhook not found");
      return webhook;
    } catch (error) {
      if (error instanceof NotFound) throw error;
      console.error(error);
    }
  }

  async findOrFinally(id: string, organizationId: string) {
    try {
      const webhook = await this.prisma.webhook.findFirst({ where: { id, organizationId } });
      if (!webhook) throw new NotFound("Webhook not found");
      return webhook;
    } catch (error) {
      throw error;
    } finally {
      return null;
    }
  }

  async remove(id: string, organizationId: string) {
    await this.findById(id, organizationId);
    return this.prisma.webhook.delete({ where: { id } });
  }

  // The catch lets some failures go: the helper may return nothing.
  async removeLogged(id: string, organizationId: string) {
    await this.findOrLog(id, organizationId);
    return this.prisma.webhook.delete({ where: { id } }); // want "delete on tenant-scoped \"Webhook\" does not filter by the tenant"
  }

  // A finally that returns swallows the throw.
  async removeFinally(id: string, organizationId: string) {
    await this.findOrFinally(id, organizationId);
    return this.prisma.webhook.delete({ where: { id } }); // want "delete on tenant-scoped \"Webhook\" does not filter by the tenant"
  }
}

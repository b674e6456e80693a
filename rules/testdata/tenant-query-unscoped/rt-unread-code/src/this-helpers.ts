import { prisma } from "./db";
import { audit, auditing, Schema } from "./audit";

export const registry: any = {};

// A method of the class reached through this, checking its row and then
// handing it to code of a module the rule cannot read.
export class CustomerController {
  private async findCheckedDeep(id: string, organizationId: string) {
    const customer = await prisma.customer.findUnique({ where: { id } });
    if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
    auditing.deep.record(customer);
    return customer;
  }

  private async findCheckedAudited(id: string, organizationId: string) {
    const customer = await prisma.customer.findUnique({ where: { id } });
    if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
    audit(customer);
    return customer;
  }

  // The row reached through a const, an object, a copy holding it, or a
  // parse of it: reported.
  private async findCheckedAliased(id: string, organizationId: string) {
    const customer = await prisma.customer.findUnique({ where: { id } });
    if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
    const held = customer;
    audit(held);
    return customer;
  }

  private async findCheckedBoxed(id: string, organizationId: string) {
    const customer = await prisma.customer.findUnique({ where: { id } });
    if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
    audit({ customer });
    return customer;
  }

  private async findCheckedSelfCopy(id: string, organizationId: string) {
    const customer = await prisma.customer.findUnique({ where: { id } });
    if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
    const copy = { ...customer, self: customer };
    audit(copy.id);
    return customer;
  }

  private async findCheckedParsed(id: string, organizationId: string) {
    const customer = await prisma.customer.findUnique({ where: { id } });
    if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
    const parsed = Schema.safeParse(customer);
    audit(parsed.error);
    return customer;
  }

  private async findCheckedThis(id: string, organizationId: string) {
    const customer = await prisma.customer.findUnique({ where: { id } });
    if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
    (this as any).last = customer;
    audit(this);
    return customer;
  }

  // An object unread code made of nothing, then handed the row through
  // its methods, held or not, or through a field of it: reported.
  private async findCheckedMadeCalled(id: string, organizationId: string) {
    const customer = await prisma.customer.findUnique({ where: { id } });
    if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
    auditing.make().record(customer);
    return customer;
  }

  private async findCheckedMadeHeld(id: string, organizationId: string) {
    const customer = await prisma.customer.findUnique({ where: { id } });
    if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
    const made = auditing.make();
    made.record(customer);
    return customer;
  }

  private async findCheckedMadeField(id: string, organizationId: string) {
    const customer = await prisma.customer.findUnique({ where: { id } });
    if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
    const parsed = Schema.safeParse(customer.meta);
    const error = parsed.error;
    error.record(customer);
    return customer;
  }

  private async findCheckedMadeWritten(id: string, organizationId: string) {
    const customer = await prisma.customer.findUnique({ where: { id } });
    if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
    const made = auditing.make(customer.id);
    made.last = customer;
    auditing.deep.record(made.last);
    return customer;
  }

  // The same through an exported object of the file.
  private async findCheckedGetter(id: string, organizationId: string) {
    const customer = await prisma.customer.findUnique({ where: { id } });
    if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
    registry.current = () => {
      return customer;
    };
    audit(customer.id);
    return customer;
  }

  // Twins: unread code handed only fields of the row, or what unread
  // code made of them: quiet.
  private async findCheckedLogged(id: string, organizationId: string) {
    const customer = await prisma.customer.findUnique({ where: { id } });
    if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
    const parsed = Schema.safeParse(customer.meta);
    if (!parsed.success) auditing.deep.record("unparsed", { id, customerId: customer.id, error: parsed.error });
    return customer;
  }

  private async findChecked(id: string, organizationId: string) {
    const customer = await prisma.customer.findUnique({ where: { id } });
    if (!customer || customer.organizationId !== organizationId) throw new Error("not found");
    return customer;
  }

  async linkDeep(organizationId: string, customerId: string) {
    const customer = await this.findCheckedDeep(customerId, organizationId);
    await prisma.integration.create({ data: { organizationId, customerId: customer.id } }); // want "links a \"Customer\" by \"customerId\" alone"
  }

  async linkAudited(organizationId: string, customerId: string) {
    const customer = await this.findCheckedAudited(customerId, organizationId);
    await prisma.integration.create({ data: { organizationId, customerId: customer.id } }); // want "links a \"Customer\" by \"customerId\" alone"
  }

  async linkAliased(organizationId: string, customerId: string) {
    const customer = await this.findCheckedAliased(customerId, organizationId);
    await prisma.integration.create({ data: { organizationId, customerId: customer.id } }); // want "links a \"Customer\" by \"customerId\" alone"
  }

  async linkBoxed(organizationId: string, customerId: string) {
    const customer = await this.findCheckedBoxed(customerId, organizationId);
    await prisma.integration.create({ data: { organizationId, customerId: customer.id } }); // want "links a \"Customer\" by \"customerId\" alone"
  }

  async linkSelfCopy(organizationId: string, customerId: string) {
    const customer = await this.findCheckedSelfCopy(customerId, organizationId);
    await prisma.integration.create({ data: { organizationId, customerId: customer.id } }); // want "links a \"Customer\" by \"customerId\" alone"
  }

  async linkParsed(organizationId: string, customerId: string) {
    const customer = await this.findCheckedParsed(customerId, organizationId);
    await prisma.integration.create({ data: { organizationId, customerId: customer.id } }); // want "links a \"Customer\" by \"customerId\" alone"
  }

  async linkThis(organizationId: string, customerId: string) {
    const customer = await this.findCheckedThis(customerId, organizationId);
    await prisma.integration.create({ data: { organizationId, customerId: customer.id } }); // want "links a \"Customer\" by \"customerId\" alone"
  }

  async linkMadeCalled(organizationId: string, customerId: string) {
    const customer = await this.findCheckedMadeCalled(customerId, organizationId);
    await prisma.integration.create({ data: { organizationId, customerId: customer.id } }); // want "links a \"Customer\" by \"customerId\" alone"
  }

  async linkMadeHeld(organizationId: string, customerId: string) {
    const customer = await this.findCheckedMadeHeld(customerId, organizationId);
    await prisma.integration.create({ data: { organizationId, customerId: customer.id } }); // want "links a \"Customer\" by \"customerId\" alone"
  }

  async linkMadeField(organizationId: string, customerId: string) {
    const customer = await this.findCheckedMadeField(customerId, organizationId);
    await prisma.integration.create({ data: { organizationId, customerId: customer.id } }); // want "links a \"Customer\" by \"customerId\" alone"
  }

  async linkMadeWritten(organizationId: string, customerId: string) {
    const customer = await this.findCheckedMadeWritten(customerId, organizationId);
    await prisma.integration.create({ data: { organizationId, customerId: customer.id } }); // want "links a \"Customer\" by \"customerId\" alone"
  }

  async linkGetter(organizationId: string, customerId: string) {
    const customer = await this.findCheckedGetter(customerId, organizationId);
    await prisma.integration.create({ data: { organizationId, customerId: customer.id } }); // want "links a \"Customer\" by \"customerId\" alone"
  }

  async linkLogged(organizationId: string, customerId: string) {
    const customer = await this.findCheckedLogged(customerId, organizationId);
    await prisma.integration.create({ data: { organizationId, customerId: customer.id } });
  }

  async linkChecked(organizationId: string, customerId: string) {
    const customer = await this.findChecked(customerId, organizationId);
    await prisma.integration.create({ data: { organizationId, customerId: customer.id } });
  }
}

import { prisma } from "./db";

declare function reset(tiers: { nodes: { customerId: string }[] }[]): void;

type Tier = { nodes: { customerId: string }[] };

// Every element's key looked up in a Map of the tenant's rows keyed by
// their ids, leaving when one is missing, then written through the same
// list walked tier by tier (tianji's AI router tiers).
export async function replaceTiers(organizationId: string, input: { tiers: Tier[] }) {
  const customers = await prisma.customer.findMany({
    where: { organizationId, id: { in: input.tiers.flatMap((t) => t.nodes.map((n) => n.customerId)) } },
  });
  const byId = new Map(customers.map((c) => [c.id, c]));
  for (const node of input.tiers.flatMap((tier) => tier.nodes)) {
    const customer = byId.get(node.customerId);
    if (!customer) {
      throw new Error("not found");
    }
  }
  for (const tier of input.tiers) {
    await prisma.integration.createMany({
      data: tier.nodes.map((node) => ({ organizationId, customerId: node.customerId })),
    });
  }
}

// The same over one flat list.
export async function replaceNodes(organizationId: string, nodes: { customerId: string }[]) {
  const customers = await prisma.customer.findMany({ where: { organizationId } });
  const byId = new Map(customers.map((c) => [c.id, c]));
  for (const node of nodes) {
    const customer = byId.get(node.customerId);
    if (!customer) throw new Error("not found");
  }
  await prisma.integration.createMany({ data: nodes.map((node) => ({ organizationId, customerId: node.customerId })) });
}

// Near misses: the Map also filled from rows found without the tenant, a
// miss not handled, another key looked up, the Map set after the check,
// the Map keyed by another field, the list changed after the check.
export async function replaceAlsoLoose(organizationId: string, nodes: { customerId: string }[], ids: string[]) {
  const customers = await prisma.customer.findMany({ where: { organizationId } });
  const loose = await prisma.customer.findMany({ where: { id: { in: ids } } }); // want "findMany on tenant-scoped \"Customer\" does not filter by the tenant"
  const byId = new Map([...customers, ...loose].map((c) => [c.id, c]));
  for (const node of nodes) {
    const customer = byId.get(node.customerId);
    if (!customer) throw new Error("not found");
  }
  await prisma.integration.createMany({ data: nodes.map((node) => ({ organizationId, customerId: node.customerId })) }); // want "links a \"Customer\" by \"customerId\" alone"
}

export async function replaceMissKept(organizationId: string, nodes: { customerId: string }[]) {
  const customers = await prisma.customer.findMany({ where: { organizationId } });
  const byId = new Map(customers.map((c) => [c.id, c]));
  for (const node of nodes) {
    const customer = byId.get(node.customerId);
    if (!customer) continue;
  }
  await prisma.integration.createMany({ data: nodes.map((node) => ({ organizationId, customerId: node.customerId })) }); // want "links a \"Customer\" by \"customerId\" alone"
}

export async function replaceOtherKey(organizationId: string, nodes: { customerId: string; fallbackId: string }[]) {
  const customers = await prisma.customer.findMany({ where: { organizationId } });
  const byId = new Map(customers.map((c) => [c.id, c]));
  for (const node of nodes) {
    const customer = byId.get(node.fallbackId);
    if (!customer) throw new Error("not found");
  }
  await prisma.integration.createMany({ data: nodes.map((node) => ({ organizationId, customerId: node.customerId })) }); // want "links a \"Customer\" by \"customerId\" alone"
}

export async function replaceSetAfter(organizationId: string, nodes: { customerId: string }[], extra: { id: string }) {
  const customers = await prisma.customer.findMany({ where: { organizationId } });
  const byId = new Map(customers.map((c) => [c.id, c]));
  byId.set(extra.id, extra as never);
  for (const node of nodes) {
    const customer = byId.get(node.customerId);
    if (!customer) throw new Error("not found");
  }
  await prisma.integration.createMany({ data: nodes.map((node) => ({ organizationId, customerId: node.customerId })) }); // want "links a \"Customer\" by \"customerId\" alone"
}

export async function replaceByName(organizationId: string, nodes: { customerId: string }[]) {
  const customers = await prisma.customer.findMany({ where: { organizationId } });
  const byName = new Map(customers.map((c) => [c.organizationId, c]));
  for (const node of nodes) {
    const customer = byName.get(node.customerId);
    if (!customer) throw new Error("not found");
  }
  await prisma.integration.createMany({ data: nodes.map((node) => ({ organizationId, customerId: node.customerId })) }); // want "links a \"Customer\" by \"customerId\" alone"
}

export async function replaceChanged(organizationId: string, input: { tiers: Tier[] }) {
  const customers = await prisma.customer.findMany({ where: { organizationId } });
  const byId = new Map(customers.map((c) => [c.id, c]));
  for (const node of input.tiers.flatMap((tier) => tier.nodes)) {
    const customer = byId.get(node.customerId);
    if (!customer) throw new Error("not found");
  }
  reset(input.tiers);
  for (const tier of input.tiers) {
    await prisma.integration.createMany({ data: tier.nodes.map((node) => ({ organizationId, customerId: node.customerId })) }); // want "links a \"Customer\" by \"customerId\" alone"
  }
}

export async function replaceSkipped(organizationId: string, nodes: { customerId: string; skip: boolean }[]) {
  const customers = await prisma.customer.findMany({ where: { organizationId } });
  const byId = new Map(customers.map((c) => [c.id, c]));
  for (const node of nodes) {
    if (node.skip) continue;
    const customer = byId.get(node.customerId);
    if (!customer) throw new Error("not found");
  }
  await prisma.integration.createMany({ data: nodes.map((node) => ({ organizationId, customerId: node.customerId })) }); // want "links a \"Customer\" by \"customerId\" alone"
}

export async function replaceOtherList(organizationId: string, nodes: { customerId: string }[], tiers: { customerId: string }[][]) {
  const customers = await prisma.customer.findMany({ where: { organizationId } });
  const byId = new Map(customers.map((c) => [c.id, c]));
  for (const node of nodes) {
    const customer = byId.get(node.customerId);
    if (!customer) throw new Error("not found");
  }
  await Promise.all(
    tiers.map((nodes: { customerId: string }[]) =>
      prisma.integration.createMany({ data: nodes.map((node) => ({ organizationId, customerId: node.customerId })) }), // want "links a \"Customer\" by \"customerId\" alone"
    ),
  );
}

// Near misses: a key written after its lookup, in the check loop itself,
// or later by bracket, Reflect.set, Object .assign, a destructuring
// target, or the walked list field replaced by bracket.
export async function keyWrittenInCheck(organizationId: string, nodes: { customerId: string }[], other: string) {
  const customers = await prisma.customer.findMany({ where: { organizationId } });
  const byId = new Map(customers.map((c) => [c.id, c]));
  for (const node of nodes) {
    const customer = byId.get(node.customerId);
    if (!customer) throw new Error("not found");
    node.customerId = other;
  }
  await prisma.integration.createMany({ data: nodes.map((node) => ({ organizationId, customerId: node.customerId })) }); // want "links a \"Customer\" by \"customerId\" alone"
}
export async function keyBracketWritten(organizationId: string, nodes: { customerId: string }[], other: string) {
  const customers = await prisma.customer.findMany({ where: { organizationId } });
  const byId = new Map(customers.map((c) => [c.id, c]));
  for (const node of nodes) {
    const customer = byId.get(node.customerId);
    if (!customer) throw new Error("not found");
  }
  nodes[0]["customerId"] = other;
  await prisma.integration.createMany({ data: nodes.map((node) => ({ organizationId, customerId: node.customerId })) }); // want "links a \"Customer\" by \"customerId\" alone"
}
export async function keyReflected(organizationId: string, nodes: { customerId: string }[], other: string) {
  const customers = await prisma.customer.findMany({ where: { organizationId } });
  const byId = new Map(customers.map((c) => [c.id, c]));
  for (const node of nodes) {
    const customer = byId.get(node.customerId);
    if (!customer) throw new Error("not found");
  }
  Reflect.set(nodes[0], "customerId", other);
  await prisma.integration.createMany({ data: nodes.map((node) => ({ organizationId, customerId: node.customerId })) }); // want "links a \"Customer\" by \"customerId\" alone"
}
export async function keyAssignedSpaced(organizationId: string, nodes: { customerId: string }[], other: string) {
  const customers = await prisma.customer.findMany({ where: { organizationId } });
  const byId = new Map(customers.map((c) => [c.id, c]));
  for (const node of nodes) {
    const customer = byId.get(node.customerId);
    if (!customer) throw new Error("not found");
  }
  Object .assign(nodes[0], { customerId: other });
  await prisma.integration.createMany({ data: nodes.map((node) => ({ organizationId, customerId: node.customerId })) }); // want "links a \"Customer\" by \"customerId\" alone"
}
export async function nodesBracketReplaced(organizationId: string, input: { tiers: Tier[] }, other: Tier) {
  const customers = await prisma.customer.findMany({ where: { organizationId } });
  const byId = new Map(customers.map((c) => [c.id, c]));
  for (const node of input.tiers.flatMap((tier) => tier.nodes)) {
    const customer = byId.get(node.customerId);
    if (!customer) throw new Error("not found");
  }
  for (const tier of input.tiers) {
    tier["nodes"] = other.nodes;
    await prisma.integration.createMany({ data: tier.nodes.map((node) => ({ organizationId, customerId: node.customerId })) }); // want "links a \"Customer\" by \"customerId\" alone"
  }
}
export async function keyDestructured(organizationId: string, nodes: { customerId: string }[], other: string) {
  const customers = await prisma.customer.findMany({ where: { organizationId } });
  const byId = new Map(customers.map((c) => [c.id, c]));
  for (const node of nodes) {
    const customer = byId.get(node.customerId);
    if (!customer) throw new Error("not found");
  }
  ({ customerId: nodes[0].customerId } = { customerId: other });
  await prisma.integration.createMany({ data: nodes.map((node) => ({ organizationId, customerId: node.customerId })) }); // want "links a \"Customer\" by \"customerId\" alone"
}

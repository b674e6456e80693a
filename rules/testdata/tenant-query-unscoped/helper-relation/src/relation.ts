import { db } from "./db";

type Input = { namespaceId: string; slug: string };

// The namespace named through the relation, from the second parameter
// (agentset's domains router); what else it asks only narrows.
async function getHosting(ctx: Ctx, input: Input) {
  const hosting = await db.hosting.findFirst({
    where: { namespace: { id: input.namespaceId, slug: { not: "" } } },
  });
  if (!hosting) throw new Error("not found");
  return hosting;
}

// By the namespace's slug: many namespaces may share it.
async function getHostingBySlug(ctx: Ctx, input: Input) {
  const hosting = await db.hosting.findFirst({ where: { namespace: { slug: input.slug } } }); // want "findFirst on tenant-scoped \"Hosting\" does not filter"
  if (!hosting) throw new Error("not found");
  return hosting;
}

export async function removeDomain(ctx: Ctx, input: Input) {
  const hosting = await getHosting(ctx, input);
  return db.domain.delete({ where: { hostingId: hosting.id } });
}

export async function removeDomainBySlug(ctx: Ctx, input: Input) {
  const hosting = await getHostingBySlug(ctx, input);
  return db.domain.delete({ where: { hostingId: hosting.id } }); // want "delete on tenant-scoped \"Domain\" does not filter"
}

// The caller spreads its arguments: which one is the input is unknown.
export async function removeDomainSpread(args: [Ctx, Input]) {
  const hosting = await getHosting(...args);
  return db.domain.delete({ where: { hostingId: hosting.id } }); // want "delete on tenant-scoped \"Domain\" does not filter"
}

// The tenant field itself, from the second parameter.
async function getHostingDirect(ctx: Ctx, input: Input) {
  const hosting = await db.hosting.findFirst({ where: { namespaceId: input.namespaceId } });
  if (!hosting) throw new Error("not found");
  return hosting;
}

export async function removeDomainDirect(ctx: Ctx, input: Input) {
  const hosting = await getHostingDirect(ctx, input);
  return db.domain.delete({ where: { hostingId: hosting.id } });
}

// A literal namespace proves nothing of the caller's tenant.
export async function removeDomainLiteral(ctx: Ctx) {
  const hosting = await getHostingDirect(ctx, { namespaceId: "default", slug: "" });
  return db.domain.delete({ where: { hostingId: hosting.id } }); // want "delete on tenant-scoped \"Domain\" does not filter"
}

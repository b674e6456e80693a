import { prisma } from "./db";

// A key given only under a condition whose branch of an earlier if
// checked it (papermark's link create): the key links a row only when
// that branch ran to its end.
export async function linkOfKind(organizationId: string, body: { kind: string; targetId: string }) {
  const { kind, targetId } = body;
  if (kind === "customer") {
    const customer = await prisma.customer.findUnique({ where: { id: targetId, organizationId } });
    if (!customer) throw new Error("not found");
  } else if (kind === "media") {
    const media = await prisma.media.findUnique({ where: { id: targetId, organizationId } });
    if (!media) throw new Error("not found");
  }
  await prisma.integration.create({ data: { organizationId, customerId: kind === "customer" ? targetId : null } });
}

// The key checked in the else-if branch of its own kind: the first
// condition is another literal of the same name, so it failed there.
export async function linkOfSecondKind(organizationId: string, body: { kind: string; targetId: string }) {
  const { kind, targetId } = body;
  if (kind === "media") {
    const media = await prisma.media.findUnique({ where: { id: targetId, organizationId } });
    if (!media) throw new Error("not found");
  } else if (kind === "customer") {
    const customer = await prisma.customer.findUnique({ where: { id: targetId, organizationId } });
    if (!customer) throw new Error("not found");
  }
  await prisma.integration.create({ data: { organizationId, customerId: kind === "customer" ? targetId : undefined } });
}

// A key checked when given, and linked only when given (papermark's
// dataroom folder).
export async function linkWhenGiven(organizationId: string, customerId?: string) {
  if (customerId) {
    const customer = await prisma.customer.findFirst({ where: { id: customerId, organizationId } });
    if (!customer) return;
  }
  await prisma.integration.create({ data: { organizationId, customerId: customerId || null } });
}

// Checked in another kind's branch: the key of a customer link was
// looked up as a media.
export async function linkOfOtherKind(organizationId: string, body: { kind: string; targetId: string }) {
  const { kind, targetId } = body;
  if (kind === "media") {
    const customer = await prisma.customer.findUnique({ where: { id: targetId, organizationId } });
    if (!customer) throw new Error("not found");
  }
  await prisma.integration.create({ data: { organizationId, customerId: kind === "customer" ? targetId : null } }); // want "links a \"Customer\" by \"customerId\" alone"
}

// An else-if after a condition the rule cannot tell apart from its own:
// with `ready` true the first branch ran and the key went unchecked.
export async function linkAfterOtherTest(organizationId: string, body: { kind: string; ready: boolean; targetId: string }) {
  const { kind, ready, targetId } = body;
  if (ready) {
    console.log("ready");
  } else if (kind === "customer") {
    const customer = await prisma.customer.findUnique({ where: { id: targetId, organizationId } });
    if (!customer) throw new Error("not found");
  }
  await prisma.integration.create({ data: { organizationId, customerId: kind === "customer" ? targetId : null } }); // want "links a \"Customer\" by \"customerId\" alone"
}

// The branch looks the key up and never leaves when it is missing.
export async function linkLookedUpOnly(organizationId: string, body: { kind: string; targetId: string }) {
  const { kind, targetId } = body;
  if (kind === "customer") {
    const customer = await prisma.customer.findUnique({ where: { id: targetId, organizationId } });
    console.log(customer);
  }
  await prisma.integration.create({ data: { organizationId, customerId: kind === "customer" ? targetId : null } }); // want "links a \"Customer\" by \"customerId\" alone"
}

// The key given under another condition than the one tested.
export async function linkUnderOtherCondition(organizationId: string, body: { kind: string; targetId: string }) {
  const { kind, targetId } = body;
  if (kind === "customer") {
    const customer = await prisma.customer.findUnique({ where: { id: targetId, organizationId } });
    if (!customer) throw new Error("not found");
  }
  await prisma.integration.create({ data: { organizationId, customerId: kind !== "media" ? targetId : null } }); // want "links a \"Customer\" by \"customerId\" alone"
  await prisma.integration.create({ data: { organizationId, customerId: kind === "customer" ? targetId : body.targetId } }); // want "links a \"Customer\" by \"customerId\" alone"
}

// The key, or the condition's name, changed after the branch.
export async function linkChangedAfter(organizationId: string, body: { kind: string; targetId: string; otherId: string }) {
  let { kind, targetId } = body;
  if (kind === "customer") {
    const customer = await prisma.customer.findUnique({ where: { id: targetId, organizationId } });
    if (!customer) throw new Error("not found");
  }
  targetId = body.otherId;
  await prisma.integration.create({ data: { organizationId, customerId: kind === "customer" ? targetId : null } }); // want "links a \"Customer\" by \"customerId\" alone"
}

export async function linkKindChangedAfter(organizationId: string, body: { kind: string; targetId: string }) {
  let { kind, targetId } = body;
  if (kind === "media") {
    kind = "customer";
  } else if (kind === "customer") {
    const customer = await prisma.customer.findUnique({ where: { id: targetId, organizationId } });
    if (!customer) throw new Error("not found");
  }
  await prisma.integration.create({ data: { organizationId, customerId: kind === "customer" ? targetId : null } }); // want "links a \"Customer\" by \"customerId\" alone"
}

// Checked when given, but linked by `??`: an empty string skips the
// check and is still given.
export async function linkWhenGivenOrEmpty(organizationId: string, customerId?: string) {
  if (customerId) {
    const customer = await prisma.customer.findFirst({ where: { id: customerId, organizationId } });
    if (!customer) return;
  }
  await prisma.integration.create({ data: { organizationId, customerId: customerId ?? null } }); // want "links a \"Customer\" by \"customerId\" alone"
}

// The if runs in a callback, not before the write.
export async function linkCheckedInCallback(organizationId: string, customerId: string | undefined, later: (f: () => Promise<void>) => void) {
  later(async () => {
    if (customerId) {
      const customer = await prisma.customer.findFirst({ where: { id: customerId, organizationId } });
      if (!customer) return;
    }
  });
  await prisma.integration.create({ data: { organizationId, customerId: customerId || null } }); // want "links a \"Customer\" by \"customerId\" alone"
}

import { db } from "./db";

type Input = { namespaceId: string; slug: string };

function retarget(hosting: { id: string }, other: string) {
  hosting.id = other;
}

// The helper hands its row to a function that sets its id before
// returning it: the caller's `hosting.id` is any hosting's.
const hostingRetargeted = async (ctx: Ctx, input: Input) => {
  const hosting = await db.hosting.findFirst({ where: { namespace: { id: input.namespaceId } } });
  retarget(hosting!, ctx.other);
  return hosting ?? null;
};

export async function removeRetargeted(ctx: Ctx, input: Input) {
  const hosting = await hostingRetargeted(ctx, input);
  return db.domain.delete({ where: { hostingId: hosting!.id } }); // want "delete on tenant-scoped \"Domain\" does not filter"
}

// Set under another name.
async function hostingAliasedRow(namespaceId: string, other: string) {
  const hosting = await db.hosting.findFirst({ where: { namespaceId } });
  if (!hosting) throw new Error("not found");
  const alias = hosting;
  alias.id = other;
  return hosting;
}

export async function removeAliasedRow(namespaceId: string, other: string) {
  const hosting = await hostingAliasedRow(namespaceId, other);
  return db.domain.delete({ where: { hostingId: hosting.id } }); // want "delete on tenant-scoped \"Domain\" does not filter"
}

async function hostingOwn(namespaceId: string) {
  const hosting = await db.hosting.findFirst({ where: { namespaceId } });
  if (!hosting) throw new Error("not found");
  return hosting;
}

// The caller hands the helper's row on, or sets it under another name.
export async function removeRetargetedByCaller(namespaceId: string, other: string) {
  const hosting = await hostingOwn(namespaceId);
  retarget(hosting, other);
  return db.domain.delete({ where: { hostingId: hosting.id } }); // want "delete on tenant-scoped \"Domain\" does not filter"
}

export async function removeAliasedByCaller(namespaceId: string, other: string) {
  const hosting = await hostingOwn(namespaceId);
  const alias = hosting;
  alias.id = other;
  return db.domain.delete({ where: { hostingId: hosting.id } }); // want "delete on tenant-scoped \"Domain\" does not filter"
}

function describe(hosting: { id: string }) {
  return `hosting ${hosting.id}`;
}

// Near miss: handed to a function that only reads it, in the helper and
// in the caller.
const hostingDescribed = async (ctx: Ctx, input: Input) => {
  const hosting = await db.hosting.findFirst({ where: { namespace: { id: input.namespaceId } } });
  console.log(describe(hosting!));
  return hosting ?? null;
};

export async function removeDescribed(ctx: Ctx, input: Input) {
  const hosting = await hostingDescribed(ctx, input);
  console.log(describe(hosting!));
  return db.domain.delete({ where: { hostingId: hosting!.id } });
}

import { db } from "./db";

type Input = { namespaceId: string; slug: string };

// The parameter's tenant is set, under another name, before the lookup:
// the row is of the namespace the helper chose, not the caller's.
async function hostingAliased(ctx: Ctx, input: Input) {
  const alias = input;
  alias.namespaceId = ctx.other;
  const hosting = await db.hosting.findFirst({ where: { namespace: { id: input.namespaceId } } });
  if (!hosting) throw new Error("not found");
  return hosting;
}

export async function removeAliased(ctx: Ctx, input: Input) {
  const hosting = await hostingAliased(ctx, input);
  return db.domain.delete({ where: { hostingId: hosting.id } }); // want "delete on tenant-scoped \"Domain\" does not filter"
}

function retarget(input: Input, other: string) {
  input.namespaceId = other;
}

// Handed to a function that may set it.
async function hostingHanded(ctx: Ctx, input: Input) {
  retarget(input, ctx.other);
  const hosting = await db.hosting.findFirst({ where: { namespace: { id: input.namespaceId } } });
  if (!hosting) throw new Error("not found");
  return hosting;
}

export async function removeHanded(ctx: Ctx, input: Input) {
  const hosting = await hostingHanded(ctx, input);
  return db.domain.delete({ where: { hostingId: hosting.id } }); // want "delete on tenant-scoped \"Domain\" does not filter"
}

// Deleted, the key is undefined and Prisma drops the filter: any hosting.
async function hostingDeleted(ctx: Ctx, input: Input) {
  delete (input as Partial<Input>).namespaceId;
  const hosting = await db.hosting.findFirst({ where: { namespaceId: input.namespaceId } });
  if (!hosting) throw new Error("not found");
  return hosting;
}

export async function removeDeleted(ctx: Ctx, input: Input) {
  const hosting = await hostingDeleted(ctx, input);
  return db.domain.delete({ where: { hostingId: hosting.id } }); // want "delete on tenant-scoped \"Domain\" does not filter"
}

// Set by Reflect.
async function hostingReflected(ctx: Ctx, input: Input) {
  Reflect.set(input, "namespaceId", ctx.other);
  const hosting = await db.hosting.findFirst({ where: { namespace: { id: input.namespaceId } } });
  if (!hosting) throw new Error("not found");
  return hosting;
}

export async function removeReflected(ctx: Ctx, input: Input) {
  const hosting = await hostingReflected(ctx, input);
  return db.domain.delete({ where: { hostingId: hosting.id } }); // want "delete on tenant-scoped \"Domain\" does not filter"
}

// The one-object helper (memberParamTenantRow) the same ways.
async function soleAliased(input: Input) {
  const alias = input;
  alias.namespaceId = "shared";
  const hosting = await db.hosting.findFirst({ where: { namespaceId: input.namespaceId } });
  if (!hosting) throw new Error("not found");
  return hosting;
}

export async function removeSoleAliased(input: Input) {
  const hosting = await soleAliased(input);
  return db.domain.delete({ where: { hostingId: hosting.id } }); // want "delete on tenant-scoped \"Domain\" does not filter"
}

async function soleDeleted(input: Input) {
  delete (input as Partial<Input>).namespaceId;
  const hosting = await db.hosting.findFirst({ where: { namespaceId: input.namespaceId } });
  if (!hosting) throw new Error("not found");
  return hosting;
}

export async function removeSoleDeleted(input: Input) {
  const hosting = await soleDeleted(input);
  return db.domain.delete({ where: { hostingId: hosting.id } }); // want "delete on tenant-scoped \"Domain\" does not filter"
}

// Near miss: the parameter only read, and read again after the lookup.
async function hostingRead(ctx: Ctx, input: Input) {
  const hosting = await db.hosting.findFirst({ where: { namespace: { id: input.namespaceId } } });
  if (!hosting) throw new Error("not found " + input.slug);
  return hosting;
}

export async function removeRead(ctx: Ctx, input: Input) {
  const hosting = await hostingRead(ctx, input);
  return db.domain.delete({ where: { hostingId: hosting.id } });
}

async function soleRead(input: Input) {
  const hosting = await db.hosting.findFirst({ where: { namespaceId: input.namespaceId } });
  if (!hosting) throw new Error("not found " + input.slug);
  return hosting;
}

export async function removeSoleRead(input: Input) {
  const hosting = await soleRead(input);
  return db.domain.delete({ where: { hostingId: hosting.id } });
}

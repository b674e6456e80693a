import { requireCanModifyProject, requireCanViewProject, requireInvited, requireLooseMember, requireMember } from "./access";

declare const db: any;
type Context = { session: { user: { id?: string } } | null };
type Args = { input: { id: string; otherId: string; userId: string }; ctx: Context };

// The helper lets a public project's visitors in without a membership.
export async function publicDataset({ input, ctx }: Args) {
  const dataset = await db.dataset.findUniqueOrThrow({ where: { id: input.id } }); // want "findUniqueOrThrow on tenant-scoped \"Dataset\" does not filter"
  await requireCanViewProject(dataset.projectId, ctx);
  return dataset.name;
}

// The user the helper asks about comes from the input.
export async function inputUser({ input }: Args) {
  const dataset = await db.dataset.findUniqueOrThrow({ where: { id: input.id } }); // want "findUniqueOrThrow on tenant-scoped \"Dataset\" does not filter"
  await requireMember(dataset.projectId, input.userId);
  return dataset.name;
}

// The check is not awaited: the row goes out before it rejects.
export async function notAwaited({ input, ctx }: Args) {
  const dataset = await db.dataset.findUniqueOrThrow({ where: { id: input.id } }); // want "findUniqueOrThrow on tenant-scoped \"Dataset\" does not filter"
  requireCanModifyProject(dataset.projectId, ctx);
  return dataset.name;
}

// The rejection is caught.
export async function caught({ input, ctx }: Args) {
  const dataset = await db.dataset.findUniqueOrThrow({ where: { id: input.id } }); // want "findUniqueOrThrow on tenant-scoped \"Dataset\" does not filter"
  try {
    await requireCanModifyProject(dataset.projectId, ctx);
  } catch (e) {
    console.log(e);
  }
  return dataset.name;
}

// Another row's project checked.
export async function otherRow({ input, ctx }: Args) {
  const dataset = await db.dataset.findUniqueOrThrow({ where: { id: input.id } }); // want "findUniqueOrThrow on tenant-scoped \"Dataset\" does not filter"
  // other is proven: it is never used after the check.
  const other = await db.dataset.findUniqueOrThrow({ where: { id: input.otherId } });
  await requireCanModifyProject(other.projectId, ctx);
  return dataset.name;
}

// The helper looks up an invitation, not a membership.
export async function invited({ input, ctx }: Args) {
  const dataset = await db.dataset.findUniqueOrThrow({ where: { id: input.id } }); // want "findUniqueOrThrow on tenant-scoped \"Dataset\" does not filter"
  await requireInvited(dataset.projectId, ctx);
  return dataset.name;
}

// The row may be returned before the check.
export async function returnedFirst({ input, ctx }: Args, quick: boolean) {
  const dataset = await db.dataset.findUniqueOrThrow({ where: { id: input.id } }); // want "findUniqueOrThrow on tenant-scoped \"Dataset\" does not filter"
  if (quick) return dataset;
  await requireCanModifyProject(dataset.projectId, ctx);
  return dataset;
}

// The user id may be undefined in the helper.
export async function looseUser({ input, ctx }: Args) {
  const dataset = await db.dataset.findUniqueOrThrow({ where: { id: input.id } }); // want "findUniqueOrThrow on tenant-scoped \"Dataset\" does not filter"
  await requireLooseMember(dataset.projectId, ctx);
  return dataset.name;
}

// A context the caller makes up, naming the user of the input.
export async function madeUpContext({ input }: Args) {
  const dataset = await db.dataset.findUniqueOrThrow({ where: { id: input.id } }); // want "findUniqueOrThrow on tenant-scoped \"Dataset\" does not filter"
  const ctx = { session: { user: { id: input.userId } } };
  await requireCanModifyProject(dataset.projectId, ctx);
  return dataset.name;
}

// A write by the id before the check: the lookup is proven, the write not.
export async function writtenFirst({ input, ctx }: Args) {
  const dataset = await db.dataset.findUniqueOrThrow({ where: { id: input.id } });
  await db.dataset.delete({ where: { id: input.id } }); // want "delete on tenant-scoped \"Dataset\" does not filter"
  await requireCanModifyProject(dataset.projectId, ctx);
}

// The row destructured, its other field read before the check.
export async function destructuredReadFirst({ input, ctx }: Args) {
  const { projectId, name } = await db.dataset.findUniqueOrThrow({ where: { id: input.id } }); // want "findUniqueOrThrow on tenant-scoped \"Dataset\" does not filter"
  console.log(name);
  await requireCanModifyProject(projectId, ctx);
  return name;
}

// The destructured tenant changed before the check.
export async function destructuredChanged({ input, ctx }: Args) {
  let { projectId } = await db.dataset.findUniqueOrThrow({ where: { id: input.id } }); // want "findUniqueOrThrow on tenant-scoped \"Dataset\" does not filter"
  projectId = input.otherId;
  await requireCanModifyProject(projectId, ctx);
  return projectId;
}

// The context's user changed before the helper reads it: through
// another name, or by a call given it.
export async function aliasedUser(ctx: Context, id: string, victim: string) {
  const dataset = await db.dataset.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Dataset\" does not filter"
  const user = ctx.session!.user;
  user.id = victim;
  await requireCanModifyProject(dataset.projectId, ctx);
  await db.dataset.update({ where: { id }, data: {} }); // want "update on tenant-scoped \"Dataset\" does not filter"
}

export async function assignedUser(ctx: Context, id: string, victim: string) {
  const dataset = await db.dataset.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Dataset\" does not filter"
  Object.assign(ctx.session!.user, { id: victim });
  await requireCanModifyProject(dataset.projectId, ctx);
  await db.dataset.update({ where: { id }, data: {} }); // want "update on tenant-scoped \"Dataset\" does not filter"
}

declare const prisma: any;

// A row held in a let that is not given another value: the element of the
// user's own usage rows, as with a const.
export async function dropStale(userUid: string) {
  const user = await prisma.user.findUnique({ where: { uid: userUid }, select: { usage: true } });
  if (!user) return null;
  if (user.usage.length > 0) {
    let usage = user.usage[0];
    if (usage.id) {
      await prisma.workspaceUsage.delete({ where: { id: usage.id } });
    }
  }
}

// Twins: a let given another value before the call, in the function, in
// a callback or as a loop's variable, and one declared again in a block
// around the call.
export async function reassigned(userUid: string, other: { id: string }, xs: string[]) {
  const user = await prisma.user.findUnique({ where: { uid: userUid }, select: { usage: true } });
  if (!user) return null;
  let usage = user.usage[0];
  usage = other;
  await prisma.workspaceUsage.delete({ where: { id: usage.id } }); // want "delete on tenant-scoped \"WorkspaceUsage\" does not filter by the tenant"
  let later = user.usage[0];
  xs.forEach(() => {
    later = other;
  });
  await prisma.workspaceUsage.delete({ where: { id: later.id } }); // want "delete on tenant-scoped \"WorkspaceUsage\" does not filter by the tenant"
  let looped = user.usage[0];
  for (looped of [other]) {
    xs.push(looped.id);
  }
  await prisma.workspaceUsage.delete({ where: { id: looped.id } }); // want "delete on tenant-scoped \"WorkspaceUsage\" does not filter by the tenant"
  let kept = user.usage[0];
  for (const x of xs) {
    let kept = { id: x };
    await prisma.workspaceUsage.delete({ where: { id: kept.id } }); // want "delete on tenant-scoped \"WorkspaceUsage\" does not filter by the tenant"
  }
  return kept;
}

// A let given another value by a callback whose right side holds the
// call: the callback runs again after that value is given. Twin: the same
// assignment in the function itself runs once, after the call.
export async function stepped(userUid: string, other: { id: string }, f: boolean) {
  const user = await prisma.user.findUnique({ where: { uid: userUid }, select: { usage: true } });
  if (!user) return null;
  let usage = user.usage[0];
  const step = async (swap: boolean) => {
    usage = swap ? other : await prisma.workspaceUsage.delete({ where: { id: usage.id } }); // want "delete on tenant-scoped \"WorkspaceUsage\" does not filter by the tenant"
  };
  await step(true);
  await step(false);
  let once = user.usage[0];
  once = f ? other : await prisma.workspaceUsage.delete({ where: { id: once.id } });
  return once;
}

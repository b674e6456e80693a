import { prisma } from "./db";
import type { Queued } from "@prisma/client";

// Interval's queued run: the mismatch throws into a catch that only logs,
// inside the try that also holds the write. The throw skips the rest of
// the try's body, so the write by the compared key runs only on the
// tenant's row. The lookup stays reported: its let outlives the try, and
// the function hands another tenant's row back after the catch.
export async function startQueued(organizationId: string, actionId: string, queuedId: string | undefined) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  let queued: Queued | null = null;
  if (queuedId) {
    try {
      queued = await prisma.queued.findUnique({ where: { id: queuedId } }); // want "findUnique on tenant-scoped \"Queued\" does not filter by the tenant"
      if (!queued || queued.actionId !== action.id) throw new Error("not found");
      queued = await prisma.queued.update({ where: { id: queuedId }, data: { transactionId: null } });
    } catch (err) {
      console.log(err);
    }
  }
  return queued;
}

// The same with a statement between the check and the write.
export async function startQueuedLater(organizationId: string, actionId: string, queuedId: string) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  let queued: Queued | null = null;
  try {
    queued = await prisma.queued.findUnique({ where: { id: queuedId } }); // want "findUnique on tenant-scoped \"Queued\" does not filter by the tenant"
    if (!queued || queued.actionId !== action.id) throw new Error("not found");
    console.log("starting");
    await prisma.queued.delete({ where: { id: queuedId } });
  } catch (err) {
    console.log(err);
  }
  return null;
}

// Twins. The write after the try runs whether or not the check threw.
export async function writeAfterTry(organizationId: string, actionId: string, queuedId: string) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  let queued: Queued | null = null;
  try {
    queued = await prisma.queued.findUnique({ where: { id: queuedId } }); // want "findUnique on tenant-scoped \"Queued\" does not filter by the tenant"
    if (!queued || queued.actionId !== action.id) throw new Error("not found");
  } catch (err) {
    console.log(err);
  }
  return prisma.queued.delete({ where: { id: queuedId } }); // want "delete on tenant-scoped \"Queued\" does not filter by the tenant"
}

// The write in the catch runs exactly when the check threw.
export async function writeInCatch(organizationId: string, actionId: string, queuedId: string) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  let queued: Queued | null = null;
  try {
    queued = await prisma.queued.findUnique({ where: { id: queuedId } }); // want "findUnique on tenant-scoped \"Queued\" does not filter by the tenant"
    if (!queued || queued.actionId !== action.id) throw new Error("not found");
  } catch (err) {
    await prisma.queued.delete({ where: { id: queuedId } }); // want "delete on tenant-scoped \"Queued\" does not filter by the tenant"
  }
  return null;
}

// The write in the try, but before the check.
export async function writeBeforeCheck(organizationId: string, actionId: string, queuedId: string) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  let queued: Queued | null = null;
  try {
    queued = await prisma.queued.findUnique({ where: { id: queuedId } }); // want "findUnique on tenant-scoped \"Queued\" does not filter by the tenant"
    await prisma.queued.delete({ where: { id: queuedId } }); // want "delete on tenant-scoped \"Queued\" does not filter by the tenant"
    if (!queued || queued.actionId !== action.id) throw new Error("not found");
  } catch (err) {
    console.log(err);
  }
  return null;
}

// An inner try swallows the throw; the write is in the outer try only.
export async function writeInOuterTry(organizationId: string, actionId: string, queuedId: string) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  let queued: Queued | null = null;
  try {
    try {
      queued = await prisma.queued.findUnique({ where: { id: queuedId } }); // want "findUnique on tenant-scoped \"Queued\" does not filter by the tenant"
      if (!queued || queued.actionId !== action.id) throw new Error("not found");
    } catch (err) {
      console.log(err);
    }
    await prisma.queued.delete({ where: { id: queuedId } }); // want "delete on tenant-scoped \"Queued\" does not filter by the tenant"
  } catch (err) {
    console.log(err);
  }
  return null;
}

// In a loop, the write after the try of the same round.
export async function writeAfterTryInLoop(organizationId: string, actionId: string, queuedIds: string[]) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  let queued: Queued | null = null;
  for (const queuedId of queuedIds) {
    try {
      queued = await prisma.queued.findUnique({ where: { id: queuedId } }); // want "findUnique on tenant-scoped \"Queued\" does not filter by the tenant"
      if (!queued || queued.actionId !== action.id) throw new Error("not found");
    } catch (err) {
      console.log(err);
    }
    await prisma.queued.delete({ where: { id: queuedId } }); // want "delete on tenant-scoped \"Queued\" does not filter by the tenant"
  }
  return null;
}

// A row's own tenant compared, the mismatch thrown into the same kind of
// catch: the write on the next line of the try is the tenant's.
export async function removeAction(organizationId: string, id: string) {
  let action: { id: string; organizationId: string } | null = null;
  try {
    action = await prisma.action.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Action\" does not filter by the tenant"
    if (!action || action.organizationId !== organizationId) throw new Error("not found");
    await prisma.action.delete({ where: { id } });
  } catch (err) {
    console.log(err);
  }
  return action;
}

// Red team. The check runs only under a flag; the write in the try runs without it.
export async function checkedUnderFlag(organizationId: string, actionId: string, queuedId: string, strict: boolean) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  let queued: Queued | null = null;
  try {
    queued = await prisma.queued.findUnique({ where: { id: queuedId } }); // want "findUnique on tenant-scoped \"Queued\" does not filter by the tenant"
    if (strict) {
      if (!queued || queued.actionId !== action.id) throw new Error("not found");
    }
    await prisma.queued.delete({ where: { id: queuedId } }); // want "delete on tenant-scoped \"Queued\" does not filter by the tenant"
  } catch (err) {
    console.log(err);
  }
  return null;
}

// The key is given another value between the check and the write.
export async function rekeyedInTry(organizationId: string, actionId: string, queuedId: string, other: string) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  let queued: Queued | null = null;
  try {
    queued = await prisma.queued.findUnique({ where: { id: queuedId } }); // want "findUnique on tenant-scoped \"Queued\" does not filter by the tenant"
    if (!queued || queued.actionId !== action.id) throw new Error("not found");
    queuedId = other;
    await prisma.queued.delete({ where: { id: queuedId } }); // want "delete on tenant-scoped \"Queued\" does not filter by the tenant"
  } catch (err) {
    console.log(err);
  }
  return null;
}

// The write is in a closure made in the try and called after the catch,
// whichever way the try went.
export async function closureAfterCatch(organizationId: string, actionId: string, queuedId: string) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  let queued: Queued | null = null;
  let run = async () => {};
  try {
    run = async () => {
      await prisma.queued.delete({ where: { id: queuedId } }); // want "delete on tenant-scoped \"Queued\" does not filter by the tenant"
    };
    queued = await prisma.queued.findUnique({ where: { id: queuedId } }); // want "findUnique on tenant-scoped \"Queued\" does not filter by the tenant"
    if (!queued || queued.actionId !== action.id) throw new Error("not found");
  } catch (err) {
    console.log(err);
  }
  await run();
  return null;
}

// The lookup's row is a let of the function; a second lookup gives it
// another tenant's row inside the try before the write.
export async function refetchedInTry(organizationId: string, actionId: string, queuedId: string, other: string) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  let queued: Queued | null = null;
  try {
    queued = await prisma.queued.findUnique({ where: { id: queuedId } }); // want "findUnique on tenant-scoped \"Queued\" does not filter by the tenant"
    if (!queued || queued.actionId !== action.id) throw new Error("not found");
    queued = await prisma.queued.findUnique({ where: { id: other } }); // want "findUnique on tenant-scoped \"Queued\" does not filter by the tenant"
    await prisma.queued.delete({ where: { id: queued!.id } }); // want "delete on tenant-scoped \"Queued\" does not filter by the tenant"
  } catch (err) {
    console.log(err);
  }
  return null;
}

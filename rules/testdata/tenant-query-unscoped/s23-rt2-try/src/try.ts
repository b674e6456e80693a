import { prisma } from "./db";
import type { Queued } from "@prisma/client";

// An inner try whose catch only logs takes the throw; its row is a const
// of the inner body, and the write by the compared key stands in the
// outer try's body after it: the write runs on another tenant's key.
export async function innerConstCaught(organizationId: string, actionId: string, queuedId: string) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  try {
    try {
      const queued = await prisma.queued.findUnique({ where: { id: queuedId } });
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

// The same with no outer try: the row is a const of the try's body, the
// catch goes on, and the write by the key follows the try.
export async function constCaughtThenWrite(organizationId: string, actionId: string, queuedId: string) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  try {
    const queued = await prisma.queued.findUnique({ where: { id: queuedId } });
    if (!queued || queued.actionId !== action.id) throw new Error("not found");
  } catch (err) {
    console.log(err);
  }
  await prisma.queued.delete({ where: { id: queuedId } }); // want "delete on tenant-scoped \"Queued\" does not filter by the tenant"
  return null;
}

// A finally runs after the throw: the write by the key in it runs on
// another tenant's key, though the finally never names the row.
export async function writeInFinally(organizationId: string, actionId: string, queuedId: string) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  try {
    const queued = await prisma.queued.findUnique({ where: { id: queuedId } });
    if (!queued || queued.actionId !== action.id) throw new Error("not found");
  } finally {
    await prisma.queued.delete({ where: { id: queuedId } }); // want "delete on tenant-scoped \"Queued\" does not filter by the tenant"
  }
  return null;
}

// The same with a catch that goes on and a let row.
export async function writeInFinallyLet(organizationId: string, actionId: string, queuedId: string) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  let queued: Queued | null = null;
  try {
    queued = await prisma.queued.findUnique({ where: { id: queuedId } }); // want "findUnique on tenant-scoped \"Queued\" does not filter by the tenant"
    if (!queued || queued.actionId !== action.id) throw new Error("not found");
    await prisma.queued.update({ where: { id: queuedId }, data: { transactionId: null } });
  } catch (err) {
    console.log(err);
  } finally {
    await prisma.queued.delete({ where: { id: queuedId } }); // want "delete on tenant-scoped \"Queued\" does not filter by the tenant"
  }
  return null;
}

// The mismatch branch throws inside its own try that swallows it: the
// write on the next line of the outer try runs.
export async function throwSwallowedInBranch(organizationId: string, actionId: string, queuedId: string) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  let queued: Queued | null = null;
  try {
    queued = await prisma.queued.findUnique({ where: { id: queuedId } }); // want "findUnique on tenant-scoped \"Queued\" does not filter by the tenant"
    if (!queued || queued.actionId !== action.id) {
      try {
        throw new Error("not found");
      } catch (err) {
        console.log(err);
      }
    }
    await prisma.queued.delete({ where: { id: queuedId } }); // want "delete on tenant-scoped \"Queued\" does not filter by the tenant"
  } catch (err) {
    console.log(err);
  }
  return null;
}

// A loop in the try: the write stands before the check in the text, and
// a later round's write runs on the key the round before set after its
// check.
export async function loopKeyOuter(organizationId: string, actionId: string, queuedIds: string[], queuedId: string) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  let queued: Queued | null = null;
  try {
    for (const id of queuedIds) {
      await prisma.queued.delete({ where: { id: queuedId } }); // want "delete on tenant-scoped \"Queued\" does not filter by the tenant"
      queued = await prisma.queued.findUnique({ where: { id: queuedId } }); // want "findUnique on tenant-scoped \"Queued\" does not filter by the tenant"
      if (!queued || queued.actionId !== action.id) throw new Error("not found");
      queuedId = id;
    }
  } catch (err) {
    console.log(err);
  }
  return null;
}

// An async callback in the try checks; the write after it in the try
// runs whether or not the callback threw (its rejection is swallowed).
export async function checkInCallback(organizationId: string, actionId: string, queuedId: string) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  try {
    await Promise.allSettled([queuedId].map(async (id) => {
      const queued = await prisma.queued.findUnique({ where: { id } });
      if (!queued || queued.actionId !== action.id) throw new Error("not found");
      return queued.id;
    }));
    await prisma.queued.delete({ where: { id: queuedId } }); // want "delete on tenant-scoped \"Queued\" does not filter by the tenant"
  } catch (err) {
    console.log(err);
  }
  return null;
}

// Near-miss twin that must stay silent: the proof's own shape, row a
// const of the try, the write on the next line of the same try.
export async function constSameTry(organizationId: string, actionId: string, queuedId: string) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  try {
    const queued = await prisma.queued.findUnique({ where: { id: queuedId } });
    if (!queued || queued.actionId !== action.id) throw new Error("not found");
    await prisma.queued.delete({ where: { id: queuedId } });
  } catch (err) {
    console.log(err);
  }
  return null;
}

// The mismatch branch writes by the key before it throws.
export async function writeInMismatchBranch(organizationId: string, actionId: string, queuedId: string) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  try {
    const queued = await prisma.queued.findUnique({ where: { id: queuedId } });
    if (!queued || queued.actionId !== action.id) {
      await prisma.queued.delete({ where: { id: queuedId } }); // want "delete on tenant-scoped \"Queued\" does not filter by the tenant"
      throw new Error("not found");
    }
    await prisma.queued.update({ where: { id: queuedId }, data: { transactionId: null } });
  } catch (err) {
    console.log(err);
  }
  return null;
}

// The mismatch branch hands the row on before it throws.
export async function handedInMismatchBranch(organizationId: string, actionId: string, queuedId: string, sink: (q: unknown) => void) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  try {
    const queued = await prisma.queued.findUnique({ where: { id: queuedId } }); // want "findUnique on tenant-scoped \"Queued\" does not filter by the tenant"
    if (!queued || queued.actionId !== action.id) {
      sink(queued);
      throw new Error("not found");
    }
    // Reported too: a branch that hands the row on proves nothing, though
    // this write is skipped by the throw.
    await prisma.queued.update({ where: { id: queuedId }, data: { transactionId: null } }); // want "update on tenant-scoped \"Queued\" does not filter by the tenant"
  } catch (err) {
    console.log(err);
  }
  return null;
}

// The write stands in a labelled block of the try that the mismatch
// breaks out of, not a throw: the write after the block runs.
export async function breakOutOfBlock(organizationId: string, actionId: string, queuedId: string) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  try {
    check: {
      const queued = await prisma.queued.findUnique({ where: { id: queuedId } }); // want "findUnique on tenant-scoped \"Queued\" does not filter by the tenant"
      if (!queued || queued.actionId !== action.id) break check;
    }
    await prisma.queued.delete({ where: { id: queuedId } }); // want "delete on tenant-scoped \"Queued\" does not filter by the tenant"
  } catch (err) {
    console.log(err);
  }
  return null;
}

// A finally that breaks out of the loop swallows the throw: the write
// after the loop runs on another tenant's key.
export async function finallyBreaks(organizationId: string, actionId: string, queuedId: string) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  for (;;) {
    try {
      const queued = await prisma.queued.findUnique({ where: { id: queuedId } });
      if (!queued || queued.actionId !== action.id) throw new Error("not found");
    } finally {
      break;
    }
  }
  await prisma.queued.delete({ where: { id: queuedId } }); // want "delete on tenant-scoped \"Queued\" does not filter by the tenant"
  return null;
}

// The same out of a labelled block.
export async function finallyBreaksLabel(organizationId: string, actionId: string, queuedId: string) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  check: try {
    const queued = await prisma.queued.findUnique({ where: { id: queuedId } });
    if (!queued || queued.actionId !== action.id) throw new Error("not found");
  } finally {
    break check;
  }
  await prisma.queued.delete({ where: { id: queuedId } }); // want "delete on tenant-scoped \"Queued\" does not filter by the tenant"
  return null;
}

// The row is checked in a loop's try; the catch gives the key another
// value, and the next round's write, after a check that passes on the
// same row, runs on it.
export async function rekeyedInCatch(organizationId: string, actionId: string, queuedId: string, other: string) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  let key = queuedId;
  const queued = await prisma.queued.findUnique({ where: { id: key } }); // want "findUnique on tenant-scoped \"Queued\" does not filter by the tenant"
  for (let round = 0; round < 2; round++) {
    try {
      if (!queued || queued.actionId !== action.id) throw new Error("not found");
      await prisma.queued.delete({ where: { id: key } }); // want "delete on tenant-scoped \"Queued\" does not filter by the tenant"
    } catch (err) {
      key = other;
    }
  }
  return null;
}

// The try's body is a loop whose check throws on a later round, after
// an earlier round's write by another key.
export async function laterRoundThrows(organizationId: string, actionId: string, queuedIds: string[]) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  let key = queuedIds[0];
  try {
    for (const next of queuedIds) {
      const queued = await prisma.queued.findUnique({ where: { id: next } });
      if (!queued || queued.actionId !== action.id) throw new Error("not found");
      await prisma.queued.delete({ where: { id: key } }); // want "delete on tenant-scoped \"Queued\" does not filter by the tenant"
      key = next;
    }
  } catch (err) {
    console.log(err);
  }
  return null;
}

// An inner finally continues its loop, swallowing the throw, inside the
// try that holds the write: the write after the loop runs.
export async function finallyContinuesInTry(organizationId: string, actionId: string, queuedId: string) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  let queued: Queued | null = null;
  try {
    for (const round of [1]) {
      try {
        queued = await prisma.queued.findUnique({ where: { id: queuedId } }); // want "findUnique on tenant-scoped \"Queued\" does not filter by the tenant"
        if (!queued || queued.actionId !== action.id) throw new Error("not found");
      } finally {
        console.log(round);
        continue;
      }
    }
    await prisma.queued.delete({ where: { id: queuedId } }); // want "delete on tenant-scoped \"Queued\" does not filter by the tenant"
  } catch (err) {
    console.log(err);
  }
  return queued;
}

// The same with a let of the function and the finally breaking out of a
// labelled block of the try.
export async function finallyBreaksInTry(organizationId: string, actionId: string, queuedId: string) {
  const action = await prisma.action.findFirst({ where: { id: actionId, organizationId } });
  if (!action) throw new Error("not found");
  let queued: Queued | null = null;
  try {
    check: try {
      queued = await prisma.queued.findUnique({ where: { id: queuedId } }); // want "findUnique on tenant-scoped \"Queued\" does not filter by the tenant"
      if (!queued || queued.actionId !== action.id) throw new Error("not found");
    } finally {
      break check;
    }
    await prisma.queued.delete({ where: { id: queuedId } }); // want "delete on tenant-scoped \"Queued\" does not filter by the tenant"
  } catch (err) {
    console.log(err);
  }
  return null;
}

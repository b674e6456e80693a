import { db } from "./db";

declare function sha256(value: string): Promise<string>;
declare function requireAccess(): Promise<{ ok: boolean; workspaceId: string }>;
declare function send(body: unknown): Response;

// The mismatch throws, and the catch that leaves hands the row out.
export async function catchReturnsRow(id: string, token: string | null) {
  const job = await db.export.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Export\" does not filter by the tenant"
  if (!job) return send({ error: "not found" });
  try {
    if (token) {
      if (!job.tokenHash || (await sha256(token)) !== job.tokenHash) {
        throw new Error("invalid token");
      }
    } else {
      const access = await requireAccess();
      if (access.workspaceId !== job.workspaceId) {
        throw new Error("not found");
      }
    }
  } catch {
    return send(job);
  }
  return send(job.storageKey);
}

// The same in straight-line code.
export async function straightCatchReturnsRow(id: string) {
  const job = await db.export.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Export\" does not filter by the tenant"
  if (!job) return send({ error: "not found" });
  try {
    const access = await requireAccess();
    if (access.workspaceId !== job.workspaceId) {
      throw new Error("not found");
    }
  } catch {
    return send(job);
  }
  return send(job.storageKey);
}

// The mismatch returns, and the finally writes the row's key on its way
// (a comparison in a try is no proof of a row fetched before it).
export async function finallyWrites(id: string, token: string | null) {
  const job = await db.export.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Export\" does not filter by the tenant"
  if (!job) return send({ error: "not found" });
  try {
    if (token) {
      if (!job.tokenHash || (await sha256(token)) !== job.tokenHash) {
        return send({ error: "invalid token" });
      }
    } else {
      const access = await requireAccess();
      if (access.workspaceId !== job.workspaceId) {
        return send({ error: "not found" });
      }
    }
  } finally {
    await db.export.update({ where: { id: job.id }, data: { status: "seen" } }); // want "update on tenant-scoped \"Export\" does not filter by the tenant"
  }
  return send(job.storageKey);
}

// The same in straight-line code.
export async function straightFinallyWrites(id: string) {
  const job = await db.export.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Export\" does not filter by the tenant"
  if (!job) return send({ error: "not found" });
  try {
    const access = await requireAccess();
    if (access.workspaceId !== job.workspaceId) {
      return send({ error: "not found" });
    }
  } finally {
    await db.export.update({ where: { id: job.id }, data: { status: "seen" } }); // want "update on tenant-scoped \"Export\" does not filter by the tenant"
  }
  return send(job.storageKey);
}

// A hoisted function that sends the row, called before the arm's
// comparison.
export async function hoistedBeforeProof(id: string, token: string | null) {
  const job = await db.export.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Export\" does not filter by the tenant"
  if (!job) return send({ error: "not found" });
  if (token) {
    publish();
    if (!job.tokenHash || (await sha256(token)) !== job.tokenHash) {
      return send({ error: "invalid token" });
    }
  } else {
    const access = await requireAccess();
    if (access.workspaceId !== job.workspaceId) {
      return send({ error: "not found" });
    }
  }
  return send(job.storageKey);
  function publish() {
    send(job);
  }
}

// The row a let of the function, fetched in the try: the mismatch
// throws, and the catch, which leaves, hands the row out on its way.
export async function letCatchReturnsRow(id: string, token: string | null) {
  let job;
  try {
    job = await db.export.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Export\" does not filter by the tenant"
    if (!job) return send({ error: "not found" });
    if (token) {
      if (!job.tokenHash || (await sha256(token)) !== job.tokenHash) {
        throw new Error("invalid token");
      }
    } else {
      const access = await requireAccess();
      if (access.workspaceId !== job.workspaceId) {
        throw new Error("not found");
      }
    }
  } catch {
    return send(job);
  }
  return send(job.storageKey);
}

// The same in straight-line code.
export async function straightLetCatchReturnsRow(id: string) {
  let job;
  try {
    job = await db.export.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Export\" does not filter by the tenant"
    const access = await requireAccess();
    if (!job || access.workspaceId !== job.workspaceId) {
      throw new Error("not found");
    }
  } catch {
    return send(job);
  }
  return send(job.storageKey);
}

// The mismatch returns, and the finally writes the row's key on its way:
// the comparison proves neither the fetch nor the write.
export async function letFinallyWrites(id: string, token: string | null) {
  let job;
  try {
    job = await db.export.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Export\" does not filter by the tenant"
    if (!job) return send({ error: "not found" });
    if (token) {
      if (!job.tokenHash || (await sha256(token)) !== job.tokenHash) {
        return send({ error: "invalid token" });
      }
    } else {
      const access = await requireAccess();
      if (access.workspaceId !== job.workspaceId) {
        return send({ error: "not found" });
      }
    }
  } finally {
    if (job) await db.export.update({ where: { id: job.id }, data: { status: "seen" } }); // want "update on tenant-scoped \"Export\" does not filter by the tenant"
  }
  return send(job.storageKey);
}

// Twins that stay silent: a catch that leaves without the row, a
// finally that only logs.
export async function twinCatchLeaves(id: string, token: string | null) {
  let job;
  try {
    job = await db.export.findUnique({ where: { id } });
    if (!job) return send({ error: "not found" });
    if (token) {
      if (!job.tokenHash || (await sha256(token)) !== job.tokenHash) {
        throw new Error("invalid token");
      }
    } else {
      const access = await requireAccess();
      if (access.workspaceId !== job.workspaceId) {
        throw new Error("not found");
      }
    }
  } catch {
    return send({ error: "not found" });
  }
  return send(job.storageKey);
}

export async function twinFinallyLogs(id: string, token: string | null) {
  let job;
  try {
    job = await db.export.findUnique({ where: { id } });
    if (!job) return send({ error: "not found" });
    if (token) {
      if (!job.tokenHash || (await sha256(token)) !== job.tokenHash) {
        return send({ error: "invalid token" });
      }
    } else {
      const access = await requireAccess();
      if (access.workspaceId !== job.workspaceId) {
        return send({ error: "not found" });
      }
    }
  } finally {
    console.log("done");
  }
  return send(job.storageKey);
}

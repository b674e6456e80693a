import { db } from "./db";

declare function sha256(value: string): Promise<string>;
declare function requireAccess(): Promise<{ ok: boolean; workspaceId: string }>;
declare function send(body: unknown): Response;
declare function loadJob(id: string): Promise<{ id: string; storageKey: string | null }>;

// The else arm's throw is caught, and the row, a let of the function,
// Goes on past the try.
export async function leavingArmSwallowed(id: string, token: string | null) {
  let job;
  try {
    job = await db.export.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Export\" does not filter by the tenant"
    if (!job) return send({ error: "not found" });
    if (token) {
      if (!job.tokenHash || (await sha256(token)) !== job.tokenHash) {
        return send({ error: "invalid token" });
      }
    } else {
      throw new Error("no session");
    }
  } catch (error) {
    console.error(error);
  }
  return send(job);
}

// The leaving arm hands out the row under another name.
export async function leavingArmAlias(id: string, token: string | null) {
  const job = await db.export.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Export\" does not filter by the tenant"
  if (!job) return send({ error: "not found" });
  const raw = job;
  if (token) {
    if (!job.tokenHash || (await sha256(token)) !== job.tokenHash) {
      return send({ error: "invalid token" });
    }
  } else {
    return send(raw);
  }
  return send(job.storageKey);
}

// An else-if arm in the middle proves nothing and falls through.
export async function middleArmUnproved(id: string, token: string | null, preview: boolean) {
  const job = await db.export.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Export\" does not filter by the tenant"
  if (!job) return send({ error: "not found" });
  if (token) {
    if (!job.tokenHash || (await sha256(token)) !== job.tokenHash) {
      return send({ error: "invalid token" });
    }
  } else if (preview) {
    console.log("preview");
  } else {
    const access = await requireAccess();
    if (access.workspaceId !== job.workspaceId) {
      return send({ error: "not found" });
    }
  }
  return send(job.storageKey);
}

// The mismatch branch sends the row before it leaves.
export async function mismatchSendsRow(id: string, token: string | null) {
  const job = await db.export.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Export\" does not filter by the tenant"
  if (!job) return send({ error: "not found" });
  if (token) {
    if (!job.tokenHash || (await sha256(token)) !== job.tokenHash) {
      send(job);
      return;
    }
  } else {
    const access = await requireAccess();
    if (access.workspaceId !== job.workspaceId) {
      return send({ error: "not found" });
    }
  }
  return send(job.storageKey);
}

// The row named again past the if, then its key written.
export async function renamedAfterIf(id: string, token: string | null, other: string) {
  let job = await db.export.findUnique({ where: { id } });
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
  job = await loadJob(other);
  await db.export.delete({ where: { id: job.id } }); // want "delete on tenant-scoped \"Export\" does not filter by the tenant"
}

// The row named again inside an arm, after its comparison: reported, as
// the row past the if is not all the fetch's.
export async function renamedInArm(id: string, token: string | null, other: string) {
  let job = await db.export.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Export\" does not filter by the tenant"
  if (!job) return send({ error: "not found" });
  if (token) {
    if (!job.tokenHash || (await sha256(token)) !== job.tokenHash) {
      return send({ error: "invalid token" });
    }
    job = await loadJob(other);
  } else {
    const access = await requireAccess();
    if (access.workspaceId !== job.workspaceId) {
      return send({ error: "not found" });
    }
  }
  await db.export.delete({ where: { id: job.id } }); // want "delete on tenant-scoped \"Export\" does not filter by the tenant"
}

// The outer if runs on one path only; the other goes on unchecked.
export async function outerNotReached(id: string, token: string | null, strict: boolean) {
  const job = await db.export.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Export\" does not filter by the tenant"
  if (!job) return send({ error: "not found" });
  if (strict) {
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
  }
  return send(job.storageKey);
}

// The arms are a ternary's: neither leaves.
export async function ternaryArms(id: string, token: string | null) {
  const job = await db.export.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Export\" does not filter by the tenant"
  if (!job) return send({ error: "not found" });
  const access = await requireAccess();
  const ok = token ? !!job.tokenHash && (await sha256(token)) === job.tokenHash : access.workspaceId === job.workspaceId;
  console.log(ok);
  return send(job.storageKey);
}

// The arms are a switch's cases, one of which falls out unchecked.
export async function switchArms(id: string, mode: string, token: string) {
  const job = await db.export.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Export\" does not filter by the tenant"
  if (!job) return send({ error: "not found" });
  switch (mode) {
    case "token":
      if (!job.tokenHash || (await sha256(token)) !== job.tokenHash) {
        return send({ error: "invalid token" });
      }
      break;
    case "session": {
      const access = await requireAccess();
      if (access.workspaceId !== job.workspaceId) {
        return send({ error: "not found" });
      }
      break;
    }
  }
  return send(job.storageKey);
}

// The token arm's comparison sits in a try whose catch goes on.
export async function tryAroundArm(id: string, token: string | null) {
  const job = await db.export.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Export\" does not filter by the tenant"
  if (!job) return send({ error: "not found" });
  if (token) {
    try {
      if (!job.tokenHash || (await sha256(token)) !== job.tokenHash) {
        throw new Error("invalid token");
      }
    } catch {
      console.error("bad token");
    }
  } else {
    const access = await requireAccess();
    if (access.workspaceId !== job.workspaceId) {
      return send({ error: "not found" });
    }
  }
  return send(job.storageKey);
}

// The arm's comparison is of the row with itself.
export async function selfCompared(id: string, token: string | null) {
  const job = await db.export.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Export\" does not filter by the tenant"
  if (!job) return send({ error: "not found" });
  if (token) {
    if (!job.tokenHash || (await sha256(token)) !== job.tokenHash) {
      return send({ error: "invalid token" });
    }
  } else {
    if (job.workspaceId !== job.workspaceId) {
      return send({ error: "not found" });
    }
  }
  return send(job.storageKey);
}

// The arm compares, but the mismatch only logs.
export async function mismatchLogs(id: string, token: string | null) {
  const job = await db.export.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Export\" does not filter by the tenant"
  if (!job) return send({ error: "not found" });
  if (token) {
    if (!job.tokenHash || (await sha256(token)) !== job.tokenHash) {
      return send({ error: "invalid token" });
    }
  } else {
    const access = await requireAccess();
    if (access.workspaceId !== job.workspaceId) {
      console.warn("other workspace");
    }
  }
  return send(job.storageKey);
}

// The row is used between the if and a second fetch of the same
// Name, handed to a function declared below.
export async function hoistedLeak(id: string, token: string | null) {
  const job = await db.export.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Export\" does not filter by the tenant"
  if (!job) return send({ error: "not found" });
  if (token) {
    if (!job.tokenHash || (await sha256(token)) !== job.tokenHash) {
      return send({ error: "invalid token" });
    }
  } else {
    return leak();
  }
  return send(job.storageKey);
  function leak() {
    return send(job);
  }
}

// Twins that stay silent: an arm that leaves without the row, and a
// write by the row's key past the if.
export async function twinLeavingArm(id: string, token: string | null, closed: boolean) {
  const job = await db.export.findUnique({ where: { id } });
  if (!job) return send({ error: "not found" });
  if (closed) {
    throw new Error("closed");
  } else if (token) {
    if (!job.tokenHash || (await sha256(token)) !== job.tokenHash) {
      return send({ error: "invalid token" });
    }
  } else {
    const access = await requireAccess();
    if (access.workspaceId !== job.workspaceId) {
      return send({ error: "not found" });
    }
  }
  return send(job);
}

export async function twinDeleteAfter(id: string, token: string | null) {
  const job = await db.export.findUnique({ where: { id } });
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
  await db.export.delete({ where: { id: job.id } });
}

// A row a const of the try's body, whose catch goes on, is gone past
// the try.
export async function twinCatchGoesOn(id: string, token: string | null) {
  try {
    const job = await db.export.findUnique({ where: { id } });
    if (!job) return send({ error: "not found" });
    if (token) {
      if (!job.tokenHash || (await sha256(token)) !== job.tokenHash) {
        return send({ error: "invalid token" });
      }
    } else {
      throw new Error("no session");
    }
    return send(job);
  } catch (error) {
    console.error(error);
  }
  return send({ error: "failed" });
}

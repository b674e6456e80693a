import { db } from "./db";

declare function sha256(value: string): Promise<string>;
declare function requireAccess(): Promise<{ ok: boolean; workspaceId: string }>;
declare function send(body: unknown): Response;

// Each arm of the if proves the row the caller's, one by the link's
// token, the other by the session's workspace; past the if, every path
// that reaches the use has proved it.
export async function download(id: string, token: string | null) {
  const job = await db.export.findUnique({ where: { id } });
  if (!job || job.status !== "ready") {
    return send({ error: "not found" });
  }
  if (token) {
    if (!job.tokenHash || (await sha256(token)) !== job.tokenHash) {
      return send({ error: "invalid token" });
    }
  } else {
    const access = await requireAccess();
    if (!access.ok) {
      return send({ error: "unauthorized" });
    }
    if (access.workspaceId !== job.workspaceId) {
      return send({ error: "not found" });
    }
  }
  return send(job.storageKey);
}

// An arm that only checks the session is there: a member of another
// workspace downloads the job.
export async function oneArmUnproved(id: string, token: string | null) {
  const job = await db.export.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Export\" does not filter by the tenant"
  if (!job) {
    return send({ error: "not found" });
  }
  if (token) {
    if (!job.tokenHash || (await sha256(token)) !== job.tokenHash) {
      return send({ error: "invalid token" });
    }
  } else {
    const access = await requireAccess();
    if (!access.ok) {
      return send({ error: "unauthorized" });
    }
  }
  return send(job);
}

// The token arm sends the row before it compares the token.
export async function provedAfterUse(id: string, token: string | null) {
  const job = await db.export.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Export\" does not filter by the tenant"
  if (!job) {
    return send({ error: "not found" });
  }
  if (token) {
    send(job);
    if (!job.tokenHash || (await sha256(token)) !== job.tokenHash) {
      throw new Error("invalid token");
    }
  } else {
    const access = await requireAccess();
    if (access.workspaceId !== job.workspaceId) {
      throw new Error("not found");
    }
  }
  return send(job.storageKey);
}

// The session arm compares the workspace with the job's status.
export async function wrongOperand(id: string, token: string | null) {
  const job = await db.export.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Export\" does not filter by the tenant"
  if (!job) {
    return send({ error: "not found" });
  }
  if (token) {
    if (!job.tokenHash || (await sha256(token)) !== job.tokenHash) {
      throw new Error("invalid token");
    }
  } else {
    const access = await requireAccess();
    if (access.workspaceId !== job.status) {
      throw new Error("not found");
    }
  }
  return send(job.storageKey);
}

// Neither token nor session: the chain falls through unchecked.
export async function noFinalElse(id: string, token: string | null, session: boolean) {
  const job = await db.export.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Export\" does not filter by the tenant"
  if (!job) {
    return send({ error: "not found" });
  }
  if (token) {
    if (!job.tokenHash || (await sha256(token)) !== job.tokenHash) {
      throw new Error("invalid token");
    }
  } else if (session) {
    const access = await requireAccess();
    if (access.workspaceId !== job.workspaceId) {
      throw new Error("not found");
    }
  }
  return send(job.storageKey);
}

// The session arm's throw is caught and logged: the row goes on.
export async function swallowedThrow(id: string, token: string | null) {
  const job = await db.export.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Export\" does not filter by the tenant"
  if (!job) {
    return send({ error: "not found" });
  }
  if (token) {
    if (!job.tokenHash || (await sha256(token)) !== job.tokenHash) {
      throw new Error("invalid token");
    }
  } else {
    const access = await requireAccess();
    try {
      if (access.workspaceId !== job.workspaceId) {
        throw new Error("not found");
      }
    } catch (error) {
      console.error(error);
    }
  }
  return send(job.storageKey);
}

// The arm that leaves hands the row out on its way.
export async function leavingArmReturnsRow(id: string, token: string | null, raw: boolean) {
  const job = await db.export.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Export\" does not filter by the tenant"
  if (!job) {
    return send({ error: "not found" });
  }
  if (raw) {
    return send(job);
  } else if (token) {
    if (!job.tokenHash || (await sha256(token)) !== job.tokenHash) {
      throw new Error("invalid token");
    }
  } else {
    const access = await requireAccess();
    if (access.workspaceId !== job.workspaceId) {
      throw new Error("not found");
    }
  }
  return send(job.storageKey);
}

// An arm that leaves without the row, and an else-if chain that ends in
// an else, each arm proving.
export async function chainProved(id: string, token: string | null, closed: boolean) {
  const job = await db.export.findUnique({ where: { id } });
  if (!job) {
    return send({ error: "not found" });
  }
  if (closed) {
    return send({ error: "closed" });
  } else if (token) {
    if (!job.tokenHash || (await sha256(token)) !== job.tokenHash) {
      throw new Error("invalid token");
    }
  } else {
    const access = await requireAccess();
    if (access.workspaceId !== job.workspaceId) {
      throw new Error("not found");
    }
  }
  return send(job.storageKey);
}

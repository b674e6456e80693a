import { db } from "./db";

declare function sha256(value: string): Promise<string>;
declare function requireAccess(): Promise<{ ok: boolean; workspaceId: string }>;
declare function send(body: unknown): Response;

// The session arm compares the row's workspace with a copy of itself.
export async function comparedWithCopy(id: string, token: string | null) {
  const job = await db.export.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Export\" does not filter by the tenant"
  if (!job) return send({ error: "not found" });
  const owner = job.workspaceId;
  if (token) {
    if (!job.tokenHash || (await sha256(token)) !== job.tokenHash) {
      return send({ error: "invalid token" });
    }
  } else {
    if (owner !== job.workspaceId) {
      return send({ error: "not found" });
    }
  }
  return send(job.storageKey);
}

// The token arm compares the hash with the row's own hash, by way of an
// object built from the row.
export async function comparedWithRowObject(id: string, token: string | null) {
  const job = await db.export.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Export\" does not filter by the tenant"
  if (!job) return send({ error: "not found" });
  const presented = { hash: job.tokenHash };
  if (token) {
    if (!job.tokenHash || presented.hash !== job.tokenHash) {
      return send({ error: "invalid token" });
    }
  } else {
    const access = await requireAccess();
    if (access.workspaceId !== job.workspaceId) {
      return send({ error: "not found" });
    }
  }
  return send(job.storageKey);
}

// The token arm compares the hash with a constant.
export async function comparedWithConstant(id: string, token: string | null) {
  const job = await db.export.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Export\" does not filter by the tenant"
  if (!job) return send({ error: "not found" });
  if (token) {
    if (!job.tokenHash || job.tokenHash !== "public") {
      return send({ error: "invalid token" });
    }
  } else {
    const access = await requireAccess();
    if (access.workspaceId !== job.workspaceId) {
      return send({ error: "not found" });
    }
  }
  return send(job.storageKey);
}

// The token arm hashes the row's own id, not a token the caller holds.
export async function hashOfRowId(id: string, token: string | null) {
  const job = await db.export.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Export\" does not filter by the tenant"
  if (!job) return send({ error: "not found" });
  if (token) {
    if (!job.tokenHash || (await sha256(job.id)) !== job.tokenHash) {
      return send({ error: "invalid token" });
    }
  } else {
    const access = await requireAccess();
    if (access.workspaceId !== job.workspaceId) {
      return send({ error: "not found" });
    }
  }
  return send(job.storageKey);
}

// The token arm hashes a constant.
export async function hashOfConstant(id: string, token: string | null) {
  const job = await db.export.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Export\" does not filter by the tenant"
  if (!job) return send({ error: "not found" });
  if (token) {
    if (!job.tokenHash || (await sha256("public")) !== job.tokenHash) {
      return send({ error: "invalid token" });
    }
  } else {
    const access = await requireAccess();
    if (access.workspaceId !== job.workspaceId) {
      return send({ error: "not found" });
    }
  }
  return send(job.storageKey);
}

// The same in straight-line code.
export async function straightHashOfConstant(id: string) {
  const job = await db.export.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Export\" does not filter by the tenant"
  if (!job || !job.tokenHash || (await sha256("public")) !== job.tokenHash) {
    return send({ error: "invalid token" });
  }
  return send(job.storageKey);
}

// Twin that stays silent: the hash of the token the caller presents,
// with a constant beside it.
export async function twinHashOfToken(id: string, token: string) {
  const job = await db.export.findUnique({ where: { id } });
  if (!job || !job.tokenHash || (await sha256(`v1:${token}`)) !== job.tokenHash) {
    return send({ error: "invalid token" });
  }
  return send(job.storageKey);
}

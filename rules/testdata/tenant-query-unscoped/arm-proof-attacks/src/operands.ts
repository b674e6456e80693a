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

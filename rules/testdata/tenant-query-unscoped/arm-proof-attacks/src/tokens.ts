import { db } from "./db";

declare function sha256(value: string): Promise<string>;
declare function requireAccess(): Promise<{ ok: boolean; workspaceId: string }>;
declare function send(body: unknown): Response;

// The token is compared only when the row has one: a job without a
// token hash is sent to any token.
export async function tokenCheckedWhenSet(id: string, token: string | null) {
  const job = await db.export.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Export\" does not filter by the tenant"
  if (!job) return send({ error: "not found" });
  if (token) {
    if (job.tokenHash && (await sha256(token)) !== job.tokenHash) {
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
export async function straightTokenCheckedWhenSet(id: string, token: string) {
  const job = await db.export.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Export\" does not filter by the tenant"
  if (!job) return send({ error: "not found" });
  if (job.tokenHash && (await sha256(token)) !== job.tokenHash) {
    throw new Error("invalid token");
  }
  return send(job.storageKey);
}

// The key the fetch used is given another value before the write.
export async function keyReassigned(input: { id: string; other: string }, token: string | null) {
  let id = input.id;
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
  id = input.other;
  await db.export.delete({ where: { id } }); // want "delete on tenant-scoped \"Export\" does not filter by the tenant"
}

// Twin that stays silent: the key the fetch used, written past the if.
export async function twinKeyKept(id: string, token: string | null) {
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
  await db.export.update({ where: { id }, data: { status: "downloaded" } });
}

// A second fetch into the same name before the if: the if proves the
// second row, and the write goes by the first row's key.
export async function secondFetchBeforeIf(id: string, other: string, token: string | null) {
  let job = await db.export.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Export\" does not filter by the tenant"
  if (!job) return send({ error: "not found" });
  job = await db.export.findUnique({ where: { id: other } });
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
  await db.export.delete({ where: { id } }); // want "delete on tenant-scoped \"Export\" does not filter by the tenant"
}

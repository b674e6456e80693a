import { db } from "./db";

declare function sha256(value: string): Promise<string>;
declare function requireAccess(): Promise<{ ok: boolean; workspaceId: string }>;
declare function send(body: unknown): Response;

// A write scheduled before the if runs whichever way the arms go.
export async function scheduledBeforeIf(id: string, token: string | null) {
  const job = await db.export.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Export\" does not filter by the tenant"
  if (!job) return send({ error: "not found" });
  setTimeout(() => db.export.delete({ where: { id: job.id } }), 1000); // want "delete on tenant-scoped \"Export\" does not filter by the tenant"
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
  return send(job.storageKey);
}

// A write kept in a closure made before the if, called in the arm that
// leaves.
export async function closureCalledInLeavingArm(id: string, token: string | null, expired: boolean) {
  const job = await db.export.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Export\" does not filter by the tenant"
  if (!job) return send({ error: "not found" });
  const expire = () => db.export.delete({ where: { id: job.id } }); // want "delete on tenant-scoped \"Export\" does not filter by the tenant"
  if (expired) {
    await expire();
    return send({ error: "expired" });
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
  return send(job.storageKey);
}

// Twin that stays silent: the write in a closure made past the if.
export async function twinClosureAfterIf(id: string, token: string | null) {
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
  setTimeout(() => db.export.delete({ where: { id: job.id } }), 1000);
  return send(job.storageKey);
}

import { redirect } from "next/navigation";
import { db } from "./db";

declare function sha256(value: string): Promise<string>;
declare function requireAccess(): Promise<{ ok: boolean; workspaceId: string }>;
declare function send(body: unknown): Response;

// The session arm leaves by a redirect, which throws; the catch takes it
// and the row, a let of the function, goes on.
export async function redirectCaught(id: string, token: string | null) {
  let job;
  try {
    job = await db.export.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Export\" does not filter by the tenant"
    if (!job) return send({ error: "not found" });
    if (token) {
      if (!job.tokenHash || (await sha256(token)) !== job.tokenHash) {
        return send({ error: "invalid token" });
      }
    } else {
      redirect("/login");
    }
  } catch (error) {
    console.error(error);
  }
  return send(job);
}

// The same in straight-line code: the mismatch redirects into the catch.
export async function straightRedirectCaught(id: string) {
  let job;
  try {
    job = await db.export.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Export\" does not filter by the tenant"
    const access = await requireAccess();
    if (!job || access.workspaceId !== job.workspaceId) {
      redirect("/");
    }
  } catch (error) {
    console.error(error);
  }
  return send(job);
}

// The mismatch throws from a bare block, into a catch that goes on.
export async function nestedThrowCaught(id: string) {
  let job;
  try {
    job = await db.export.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Export\" does not filter by the tenant"
    const access = await requireAccess();
    if (!job || access.workspaceId !== job.workspaceId) {
      console.warn("other workspace");
      {
        throw new Error("not found");
      }
    }
  } catch (error) {
    console.error(error);
  }
  return send(job);
}

// Twin that stays silent: the redirect outside any try.
export async function twinRedirect(id: string, token: string | null) {
  const job = await db.export.findUnique({ where: { id } });
  if (!job) return send({ error: "not found" });
  if (token) {
    if (!job.tokenHash || (await sha256(token)) !== job.tokenHash) {
      return send({ error: "invalid token" });
    }
  } else {
    redirect("/login");
  }
  return send(job);
}

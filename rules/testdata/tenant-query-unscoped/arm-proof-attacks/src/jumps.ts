import { db } from "./db";

declare function sha256(value: string): Promise<string>;
declare function requireAccess(): Promise<{ ok: boolean; workspaceId: string }>;
declare function send(body: unknown): Response;

// The arms' mismatch breaks out of the loop; the row, a let of the
// function, is used past the loop.
export async function armsBreakLoop(ids: string[], token: string | null) {
  let job;
  for (const id of ids) {
    job = await db.export.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Export\" does not filter by the tenant"
    if (!job) continue;
    if (token) {
      if (!job.tokenHash || (await sha256(token)) !== job.tokenHash) {
        break;
      }
    } else {
      const access = await requireAccess();
      if (access.workspaceId !== job.workspaceId) {
        break;
      }
    }
  }
  return send(job);
}

// The same in straight-line code.
export async function straightBreakLoop(ids: string[]) {
  let job;
  for (const id of ids) {
    job = await db.export.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Export\" does not filter by the tenant"
    const access = await requireAccess();
    if (!job || access.workspaceId !== job.workspaceId) {
      break;
    }
  }
  return send(job);
}

// A var is the function's: the break leaves it named past the loop.
export async function varBreakLoop(ids: string[]) {
  for (const id of ids) {
    var found = await db.export.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Export\" does not filter by the tenant"
    const access = await requireAccess();
    if (!found || access.workspaceId !== found.workspaceId) {
      break;
    }
  }
  return send(found);
}

// An arm skips its comparison by continuing the loop; on the last key,
// the unchecked row is used past the loop.
export async function armSkipsProof(ids: string[], token: string | null, skip: boolean) {
  let job;
  for (const id of ids) {
    job = await db.export.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Export\" does not filter by the tenant"
    if (!job) return send({ error: "not found" });
    if (token) {
      if (skip) continue;
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
  return send(job);
}

// A labelled break out of a labelled block skips the comparison; the
// row, a let of the function, goes on.
export async function labelledSkip(id: string, skip: boolean) {
  let job;
  check: {
    job = await db.export.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Export\" does not filter by the tenant"
    if (skip) break check;
    const access = await requireAccess();
    if (!job || access.workspaceId !== job.workspaceId) {
      return send({ error: "not found" });
    }
  }
  return send(job);
}

// The arms' mismatch leaves the labelled block.
export async function labelledBreak(id: string, token: string | null) {
  let job;
  check: {
    job = await db.export.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Export\" does not filter by the tenant"
    if (!job) return send({ error: "not found" });
    if (token) {
      if (!job.tokenHash || (await sha256(token)) !== job.tokenHash) {
        break check;
      }
    } else {
      const access = await requireAccess();
      if (access.workspaceId !== job.workspaceId) {
        break check;
      }
    }
  }
  return send(job);
}

// Twins that stay silent: the row a const of the loop's body, which a
// jump leaves; a let of the function assigned in a loop without jumps;
// a break of a switch in the loop.
export async function twinLoop(ids: string[], token: string | null) {
  for (const id of ids) {
    const job = await db.export.findUnique({ where: { id } });
    if (!job) continue;
    if (token) {
      if (!job.tokenHash || (await sha256(token)) !== job.tokenHash) {
        break;
      }
    } else {
      const access = await requireAccess();
      if (access.workspaceId !== job.workspaceId) {
        continue;
      }
    }
    send(job);
  }
}

export async function twinLetWithoutJumps(ids: string[]) {
  let job;
  for (const id of ids) {
    job = await db.export.findUnique({ where: { id } });
    const access = await requireAccess();
    if (!job || access.workspaceId !== job.workspaceId) {
      throw new Error("not found");
    }
  }
  return send(job);
}

export async function twinSwitchBreak(ids: string[], mode: string) {
  let job;
  for (const id of ids) {
    job = await db.export.findUnique({ where: { id } });
    const access = await requireAccess();
    if (!job || access.workspaceId !== job.workspaceId) {
      throw new Error("not found");
    }
    switch (mode) {
      case "log":
        console.log(id);
        break;
    }
  }
  return send(job);
}

// A break out of the switch's case skips the comparison; the row, a let
// of the function, is used past the switch.
export async function switchBreakSkips(id: string, mode: string, skip: boolean) {
  let job;
  switch (mode) {
    case "session":
      job = await db.export.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Export\" does not filter by the tenant"
      if (skip) break;
      const access = await requireAccess();
      if (!job || access.workspaceId !== job.workspaceId) {
        return send({ error: "not found" });
      }
      break;
    default:
      return send({ error: "unknown mode" });
  }
  return send(job);
}

// The arms' mismatch breaks out of the switch.
export async function switchArmsBreak(id: string, mode: string, token: string | null) {
  let job;
  switch (mode) {
    case "download":
      job = await db.export.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Export\" does not filter by the tenant"
      if (!job) return send({ error: "not found" });
      if (token) {
        if (!job.tokenHash || (await sha256(token)) !== job.tokenHash) {
          return send({ error: "invalid token" });
        }
      } else {
        const access = await requireAccess();
        if (access.workspaceId !== job.workspaceId) {
          break;
        }
      }
      break;
    default:
      return send({ error: "unknown mode" });
  }
  return send(job);
}

// Twin that stays silent: the case's comparison leaves by return, and
// its break comes after it.
export async function twinSwitchCase(id: string, mode: string) {
  let job;
  switch (mode) {
    case "session": {
      job = await db.export.findUnique({ where: { id } });
      const access = await requireAccess();
      if (!job || access.workspaceId !== job.workspaceId) {
        return send({ error: "not found" });
      }
      break;
    }
    default:
      return send({ error: "unknown mode" });
  }
  return send(job);
}

// Twins that stay silent: a jump before the fetch leaves the row an
// earlier pass proved, one after the comparison a proved row.
export async function twinJumpAfterProof(ids: string[], done: (id: string) => boolean) {
  let job;
  for (const id of ids) {
    if (!id) continue;
    job = await db.export.findUnique({ where: { id } });
    const access = await requireAccess();
    if (!job || access.workspaceId !== job.workspaceId) {
      throw new Error("not found");
    }
    if (done(id)) break;
    console.log(id);
  }
  return send(job);
}

export async function twinArmsJumpAfter(ids: string[], token: string | null) {
  let job;
  for (const id of ids) {
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
    if (job.status === "ready") break;
    console.log(id);
  }
  return send(job);
}

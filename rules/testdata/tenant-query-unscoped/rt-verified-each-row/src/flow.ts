import { prisma } from "./db";

declare function verifyToken(token: string, hash: string): Promise<boolean>;
declare function leak(x: unknown): void;

// The element used in the condition after the check: reached only when
// verified, but the rule reads no condition as a gate.
export async function inCondition(token: string) {
  const tokens = await prisma.apiToken.findMany({ where: { tokenPrefix: token.substring(0, 8) } }); // want "findMany on tenant-scoped \"ApiToken\" does not filter by the tenant"
  for (const t of tokens) {
    if (!(await verifyToken(token, t.tokenHash)) && leak(t)) continue;
  }
  return null;
}

// A skip that needs another condition too: it skips nothing when that is
// false.
export async function skipAnd(token: string, strict: boolean) {
  const tokens = await prisma.apiToken.findMany({ where: { tokenPrefix: token.substring(0, 8) } }); // want "findMany on tenant-scoped \"ApiToken\" does not filter by the tenant"
  for (const t of tokens) {
    const ok = await verifyToken(token, t.tokenHash);
    if (!ok && strict) continue;
    return t;
  }
  return null;
}

// The skip breaks out of a switch only: the element is used after it.
export async function switchBreak(token: string, mode: string) {
  const tokens = await prisma.apiToken.findMany({ where: { tokenPrefix: token.substring(0, 8) } }); // want "findMany on tenant-scoped \"ApiToken\" does not filter by the tenant"
  for (const t of tokens) {
    const ok = await verifyToken(token, t.tokenHash);
    switch (mode) {
      case "a":
        if (!ok) break;
    }
    leak(t);
  }
  return null;
}

// The skip breaks out of an inner labeled block only.
export async function labeledBlock(token: string) {
  const tokens = await prisma.apiToken.findMany({ where: { tokenPrefix: token.substring(0, 8) } }); // want "findMany on tenant-scoped \"ApiToken\" does not filter by the tenant"
  for (const t of tokens) {
    const ok = await verifyToken(token, t.tokenHash);
    inner: {
      if (!ok) break inner;
    }
    leak(t);
  }
  return null;
}

// The skip's branch ends in a labeled break of a block inside it: it
// falls through.
export async function labeledInside(token: string) {
  const tokens = await prisma.apiToken.findMany({ where: { tokenPrefix: token.substring(0, 8) } }); // want "findMany on tenant-scoped \"ApiToken\" does not filter by the tenant"
  for (const t of tokens) {
    const ok = await verifyToken(token, t.tokenHash);
    if (!ok) {
      done: {
        break done;
      }
    }
    leak(t);
  }
  return null;
}

// The skip's block ends in a break of a loop of its own.
export async function innerLoopBreak(token: string) {
  const tokens = await prisma.apiToken.findMany({ where: { tokenPrefix: token.substring(0, 8) } }); // want "findMany on tenant-scoped \"ApiToken\" does not filter by the tenant"
  for (const t of tokens) {
    const ok = await verifyToken(token, t.tokenHash);
    if (!ok) {
      while (true) break;
    }
    leak(t);
  }
  return null;
}

// A finally that uses the element whatever the check said.
export async function finallyUses(token: string) {
  const tokens = await prisma.apiToken.findMany({ where: { tokenPrefix: token.substring(0, 8) } }); // want "findMany on tenant-scoped \"ApiToken\" does not filter by the tenant"
  for (const t of tokens) {
    try {
      if (!(await verifyToken(token, t.tokenHash))) continue;
    } finally {
      leak(t);
    }
  }
  return null;
}

// A finally that swallows the skip: `continue` is overridden by nothing,
// but a return in finally wins over it.
export async function finallyReturns(token: string) {
  const tokens = await prisma.apiToken.findMany({ where: { tokenPrefix: token.substring(0, 8) } }); // want "findMany on tenant-scoped \"ApiToken\" does not filter by the tenant"
  for (const t of tokens) {
    const ok = await verifyToken(token, t.tokenHash);
    try {
      if (!ok) continue;
    } finally {
      return t;
    }
  }
  return null;
}

// Destructured in the loop head.
export async function destructured(token: string) {
  const tokens = await prisma.apiToken.findMany({ where: { tokenPrefix: token.substring(0, 8) } }); // want "findMany on tenant-scoped \"ApiToken\" does not filter by the tenant"
  for (const { tokenHash, organizationId } of tokens) {
    leak(organizationId);
    if (await verifyToken(token, tokenHash)) return organizationId;
  }
  return null;
}

// Walked by for await: the same rows.
export async function forAwait(token: string) {
  const tokens = await prisma.apiToken.findMany({ where: { tokenPrefix: token.substring(0, 8) } }); // want "findMany on tenant-scoped \"ApiToken\" does not filter by the tenant"
  for await (const t of tokens) {
    leak(t);
    if (await verifyToken(token, t.tokenHash)) return t;
  }
  return null;
}

// The element captured by a closure made inside the check's condition.
export async function capturedInCheck(token: string, later: Array<() => unknown>) {
  const tokens = await prisma.apiToken.findMany({ where: { tokenPrefix: token.substring(0, 8) } }); // want "findMany on tenant-scoped \"ApiToken\" does not filter by the tenant"
  for (const t of tokens) {
    if (await verifyToken(token, (later.push(() => t), t.tokenHash))) return t;
  }
  return later;
}

// A generator yields the element before its check.
export async function* generated(token: string) {
  const tokens = await prisma.apiToken.findMany({ where: { tokenPrefix: token.substring(0, 8) } }); // want "findMany on tenant-scoped \"ApiToken\" does not filter by the tenant"
  for (const t of tokens) {
    yield t;
    if (await verifyToken(token, t.tokenHash)) return;
  }
}

// The list spread, copied, walked by forEach.
export async function spread(token: string) {
  const tokens = await prisma.apiToken.findMany({ where: { tokenPrefix: token.substring(0, 8) } }); // want "findMany on tenant-scoped \"ApiToken\" does not filter by the tenant"
  for (const t of [...tokens]) {
    if (await verifyToken(token, t.tokenHash)) return t;
  }
  return null;
}
export async function copied(token: string) {
  const tokens = await prisma.apiToken.findMany({ where: { tokenPrefix: token.substring(0, 8) } }); // want "findMany on tenant-scoped \"ApiToken\" does not filter by the tenant"
  for (const t of Array.from(tokens)) {
    leak(t);
    if (await verifyToken(token, t.tokenHash)) return t;
  }
  return null;
}
export async function forEachWalk(token: string) {
  const tokens = await prisma.apiToken.findMany({ where: { tokenPrefix: token.substring(0, 8) } }); // want "findMany on tenant-scoped \"ApiToken\" does not filter by the tenant"
  tokens.forEach((t: any) => leak(t));
  return null;
}

// The check of one element gates the use of the next: the verdict held by
// a let outside the loop.
export async function verdictCarried(token: string) {
  const tokens = await prisma.apiToken.findMany({ where: { tokenPrefix: token.substring(0, 8) } }); // want "findMany on tenant-scoped \"ApiToken\" does not filter by the tenant"
  let ok = false;
  for (const t of tokens) {
    if (ok) leak(t);
    ok = await verifyToken(token, t.tokenHash);
  }
  return null;
}

// The verdict const shadowed by a block's own before the skip.
export async function shadowedVerdict(token: string) {
  const tokens = await prisma.apiToken.findMany({ where: { tokenPrefix: token.substring(0, 8) } }); // want "findMany on tenant-scoped \"ApiToken\" does not filter by the tenant"
  for (const t of tokens) {
    const ok = await verifyToken(token, t.tokenHash);
    {
      const ok = true;
      if (!ok) continue;
      leak(t);
    }
  }
  return null;
}

// The skip inside a nested block of a switch case, then the use in the case.
export async function switchCase(token: string, mode: string) {
  const tokens = await prisma.apiToken.findMany({ where: { tokenPrefix: token.substring(0, 8) } }); // want "findMany on tenant-scoped \"ApiToken\" does not filter by the tenant"
  for (const t of tokens) {
    const ok = await verifyToken(token, t.tokenHash);
    switch (mode) {
      case "a": {
        if (!ok) {
          break;
        }
      }
      default:
        leak(t);
    }
  }
  return null;
}

// The check in a closure that never runs.
export async function checkInClosure(token: string) {
  const tokens = await prisma.apiToken.findMany({ where: { tokenPrefix: token.substring(0, 8) } }); // want "findMany on tenant-scoped \"ApiToken\" does not filter by the tenant"
  for (const t of tokens) {
    const check = async () => {
      if (!(await verifyToken(token, t.tokenHash))) return;
    };
    leak(t);
  }
  return null;
}

// The verdict of an earlier check held past a later one in the loop: the
// skip tests the held verdict of a check given a constant.
export async function twoChecks(token: string) {
  const tokens = await prisma.apiToken.findMany({ where: { tokenPrefix: token.substring(0, 8) } }); // want "findMany on tenant-scoped \"ApiToken\" does not filter by the tenant"
  for (const t of tokens) {
    const ok = await verifyToken("x", t.tokenHash);
    if (!ok) continue;
    leak(t);
  }
  return null;
}

// The verified branch of one element, but the verdict kept across elements
// through a var.
export async function varVerdict(token: string) {
  const tokens = await prisma.apiToken.findMany({ where: { tokenPrefix: token.substring(0, 8) } }); // want "findMany on tenant-scoped \"ApiToken\" does not filter by the tenant"
  for (const t of tokens) {
    if (seenOk) leak(t);
    var seenOk = await verifyToken(token, t.tokenHash);
  }
  return null;
}

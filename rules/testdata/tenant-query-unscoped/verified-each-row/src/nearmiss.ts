import { prisma } from "./db";

declare function verifyToken(token: string, hash: string): Promise<boolean>;
declare function audit(row: unknown): void;
declare function verifyTokenOf(token: string, hash: string, row: unknown): Promise<boolean>;

// The list's size is answered before any row is verified: whether other
// tenants hold tokens of that prefix (bklit's websocket server).
export async function counted(token: string) {
  const tokens = await prisma.apiToken.findMany({ where: { tokenPrefix: token.substring(0, 8) } }); // want "findMany on tenant-scoped \"ApiToken\" does not filter by the tenant"
  if (tokens.length === 0) {
    return { valid: false, reason: "no such prefix" };
  }
  for (const t of tokens) {
    if (await verifyToken(token, t.tokenHash)) return { valid: true, organizationId: t.organizationId };
  }
  return { valid: false, reason: "wrong secret" };
}

// An element used before its check.
export async function usedFirst(token: string) {
  const tokens = await prisma.apiToken.findMany({ where: { tokenPrefix: token.substring(0, 8) } }); // want "findMany on tenant-scoped \"ApiToken\" does not filter by the tenant"
  for (const t of tokens) {
    audit(t.organizationId);
    if (await verifyToken(token, t.tokenHash)) return t;
  }
  return null;
}

// Every element returned, verified or not.
export async function returnedAnyway(token: string) {
  const tokens = await prisma.apiToken.findMany({ where: { tokenPrefix: token.substring(0, 8) } }); // want "findMany on tenant-scoped \"ApiToken\" does not filter by the tenant"
  for (const t of tokens) {
    const ok = await verifyToken(token, t.tokenHash);
    if (ok) console.log("match");
    return t;
  }
  return null;
}

// Every element collected before its check.
export async function collected(token: string) {
  const tokens = await prisma.apiToken.findMany({ where: { tokenPrefix: token.substring(0, 8) } }); // want "findMany on tenant-scoped \"ApiToken\" does not filter by the tenant"
  const seen: unknown[] = [];
  let matched = null;
  for (const t of tokens) {
    seen.push(t);
    if (await verifyToken(token, t.tokenHash)) matched = t;
  }
  return { matched, seen };
}

// The check is given another row's hash.
export async function otherHash(token: string, other: { tokenHash: string }) {
  const tokens = await prisma.apiToken.findMany({ where: { tokenPrefix: token.substring(0, 8) } }); // want "findMany on tenant-scoped \"ApiToken\" does not filter by the tenant"
  for (const t of tokens) {
    if (await verifyToken(token, other.tokenHash)) return t;
  }
  return null;
}

// The check is given a column that is no credential.
export async function byName(token: string) {
  const tokens = await prisma.apiToken.findMany({ where: { tokenPrefix: token.substring(0, 8) } }); // want "findMany on tenant-scoped \"ApiToken\" does not filter by the tenant"
  for (const t of tokens) {
    if (await verifyToken(token, t.name)) return t;
  }
  return null;
}

// The check is given the row's own hash twice: nothing the caller
// presents.
export async function selfChecked(token: string) {
  const tokens = await prisma.apiToken.findMany({ where: { tokenPrefix: token.substring(0, 8) } }); // want "findMany on tenant-scoped \"ApiToken\" does not filter by the tenant"
  for (const t of tokens) {
    if (await verifyToken(t.tokenHash, t.tokenHash)) return t;
  }
  return null;
}

// The promise of the check, not its verdict: truthy for any token.
export async function notAwaited(token: string) {
  const tokens = await prisma.apiToken.findMany({ where: { tokenPrefix: token.substring(0, 8) } }); // want "findMany on tenant-scoped \"ApiToken\" does not filter by the tenant"
  for (const t of tokens) {
    if (verifyToken(token, t.tokenHash)) return t;
  }
  return null;
}

// The whole row handed to the check beside its hash.
export async function rowHanded(token: string) {
  const tokens = await prisma.apiToken.findMany({ where: { tokenPrefix: token.substring(0, 8) } }); // want "findMany on tenant-scoped \"ApiToken\" does not filter by the tenant"
  for (const t of tokens) {
    if (await verifyTokenOf(token, t.tokenHash, t)) return t;
  }
  return null;
}

// A falsy verdict only logged: the element is used either way.
export async function loggedOnly(token: string) {
  const tokens = await prisma.apiToken.findMany({ where: { tokenPrefix: token.substring(0, 8) } }); // want "findMany on tenant-scoped \"ApiToken\" does not filter by the tenant"
  for (const t of tokens) {
    const ok = await verifyToken(token, t.tokenHash);
    if (!ok) console.warn("mismatch");
    return t;
  }
  return null;
}

// The skip is in a loop of its own: it skips nothing of the element.
export async function innerSkip(token: string, rounds: number[]) {
  const tokens = await prisma.apiToken.findMany({ where: { tokenPrefix: token.substring(0, 8) } }); // want "findMany on tenant-scoped \"ApiToken\" does not filter by the tenant"
  let matched = null;
  for (const t of tokens) {
    const ok = await verifyToken(token, t.tokenHash);
    for (const r of rounds) {
      if (!ok) continue;
      console.log(r);
    }
    matched = t;
  }
  return matched;
}

// The skip comes after the use.
export async function skipAfter(token: string) {
  const tokens = await prisma.apiToken.findMany({ where: { tokenPrefix: token.substring(0, 8) } }); // want "findMany on tenant-scoped \"ApiToken\" does not filter by the tenant"
  const all: unknown[] = [];
  for (const t of tokens) {
    const ok = await verifyToken(token, t.tokenHash);
    all.push(t);
    if (!ok) continue;
  }
  return all;
}

// The list walked twice.
export async function walkedTwice(token: string) {
  const tokens = await prisma.apiToken.findMany({ where: { tokenPrefix: token.substring(0, 8) } }); // want "findMany on tenant-scoped \"ApiToken\" does not filter by the tenant"
  for (const t of tokens) {
    if (await verifyToken(token, t.tokenHash)) return t;
  }
  return tokens.map((t: { organizationId: string }) => t.organizationId);
}

// A closure made before the loop hands the list out later.
export async function closure(token: string) {
  const later = () => tokens;
  const tokens = await prisma.apiToken.findMany({ where: { tokenPrefix: token.substring(0, 8) } }); // want "findMany on tenant-scoped \"ApiToken\" does not filter by the tenant"
  for (const t of tokens) {
    if (await verifyToken(token, t.tokenHash)) return t;
  }
  return later();
}

// A let element may be given another row inside the loop.
export async function letElement(token: string) {
  const tokens = await prisma.apiToken.findMany({ where: { tokenPrefix: token.substring(0, 8) } }); // want "findMany on tenant-scoped \"ApiToken\" does not filter by the tenant"
  for (let t of tokens) {
    if (await verifyToken(token, t.tokenHash)) return t;
  }
  return null;
}

// The keys of the list, not its rows.
export async function forIn(token: string) {
  const tokens = await prisma.apiToken.findMany({ where: { tokenPrefix: token.substring(0, 8) } }); // want "findMany on tenant-scoped \"ApiToken\" does not filter by the tenant"
  for (const i in tokens) {
    console.log(i);
  }
  return null;
}

// The rows given to a callback before the loop sees them.
export async function thenMapped(token: string) {
  const tokens = await prisma.apiToken.findMany({ where: { tokenPrefix: token.substring(0, 8) } }).then((rows: any[]) => { audit(rows); return rows; }); // want "findMany on tenant-scoped \"ApiToken\" does not filter by the tenant"
  for (const t of tokens) {
    if (await verifyToken(token, t.tokenHash)) return t;
  }
  return null;
}

// The hash replaced before the check: it then accepts any token.
export async function hashReplaced(token: string, hash: (s: string) => string) {
  const tokens = await prisma.apiToken.findMany({ where: { tokenPrefix: token.substring(0, 8) } }); // want "findMany on tenant-scoped \"ApiToken\" does not filter by the tenant"
  for (const t of tokens) {
    t.tokenHash = hash(token);
    if (await verifyToken(token, t.tokenHash)) return t;
  }
  return null;
}

// Verified under an else: the branch runs when the verdict is false.
export async function inElse(token: string) {
  const tokens = await prisma.apiToken.findMany({ where: { tokenPrefix: token.substring(0, 8) } }); // want "findMany on tenant-scoped \"ApiToken\" does not filter by the tenant"
  for (const t of tokens) {
    if (await verifyToken(token, t.tokenHash)) {
      console.log("ok");
    } else {
      return t;
    }
  }
  return null;
}

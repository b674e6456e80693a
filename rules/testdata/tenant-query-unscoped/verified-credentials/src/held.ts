import { db } from "./db";

// A value a method of this or a function of the file hands back is what
// its body reads: the row's own hash kept aside and handed back matches
// itself, a secret read from the header does not.
export class HeldHash {
  private h = "";
  private held() {
    return this.h;
  }
  private fromHeader(header: string) {
    return header.split(":")[1];
  }
  async viaMethod(id: string) {
    const key = await db.apiToken.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"ApiToken\" does not filter by the tenant"
    if (!key) return null;
    this.h = key.tokenHash;
    if (this.held() !== key.tokenHash) throw new Error("unauthorized");
    return db.apiToken.update({ where: { id: key.id }, data: { lastUsedAt: new Date() } }); // want "update on tenant-scoped \"ApiToken\" does not filter by the tenant"
  }
  async viaHeader(id: string, header: string) {
    const key = await db.apiToken.findUnique({ where: { id } });
    if (!key) return null;
    if (this.fromHeader(header) !== key.tokenHash) throw new Error("unauthorized");
    return db.apiToken.update({ where: { id: key.id }, data: { lastUsedAt: new Date() } });
  }
}

const box = { h: "" };
function heldPlain() {
  return box.h;
}
function fromHeader(header: string) {
  return header.split(":")[1];
}
export async function viaPlain(id: string) {
  const key = await db.apiToken.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"ApiToken\" does not filter by the tenant"
  if (!key) return null;
  box.h = key.tokenHash;
  if (heldPlain() !== key.tokenHash) throw new Error("unauthorized");
  return db.apiToken.update({ where: { id: key.id }, data: { lastUsedAt: new Date() } }); // want "update on tenant-scoped \"ApiToken\" does not filter by the tenant"
}

export async function viaPlainHeader(id: string, header: string) {
  const key = await db.apiToken.findUnique({ where: { id } });
  if (!key) return null;
  if (fromHeader(header) !== key.tokenHash) throw new Error("unauthorized");
  return db.apiToken.update({ where: { id: key.id }, data: { lastUsedAt: new Date() } });
}

// The same through a method of the base class called on super.
class Holder {
  protected h = "";
  held() {
    return this.h;
  }
  fromHeader(header: string) {
    return header.split(":")[1];
  }
}

export class HeldBySuper extends Holder {
  async viaSuper(id: string) {
    const key = await db.apiToken.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"ApiToken\" does not filter by the tenant"
    if (!key) return null;
    this.h = key.tokenHash;
    if (super.held() !== key.tokenHash) throw new Error("unauthorized");
    return db.apiToken.update({ where: { id: key.id }, data: { lastUsedAt: new Date() } }); // want "update on tenant-scoped \"ApiToken\" does not filter by the tenant"
  }
  async viaSuperHeader(id: string, header: string) {
    const key = await db.apiToken.findUnique({ where: { id } });
    if (!key) return null;
    if (super.fromHeader(header) !== key.tokenHash) throw new Error("unauthorized");
    return db.apiToken.update({ where: { id: key.id }, data: { lastUsedAt: new Date() } });
  }
}

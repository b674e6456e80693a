import { documentKey } from "./row-keys";

declare const prisma: any;

// Rows of the tenant carried out of a flatMap callback in objects, found
// in a Map of the tenant's rows.
export async function carriedRows(teamId: string, wanted: { id: string; sheet: boolean }[]) {
  const docs = await prisma.document.findMany({ where: { teamId } });
  const byKey = new Map(docs.map((doc) => [documentKey(doc), doc]));
  const toUpdate = wanted.flatMap((next) => {
    const existing = byKey.get(documentKey(next));
    if (!existing || existing.sheet === next.sheet) {
      return [];
    }
    return [{ next, existing }];
  });
  await Promise.all(toUpdate.map((source) => prisma.document.update({ where: { id: source.existing.id }, data: { sheet: source.next.sheet } })));
}

// A field carried from something else than the Map's rows is any row.
export async function carriedOther(teamId: string, wanted: { id: string; sheet: boolean }[]) {
  const docs = await prisma.document.findMany({ where: { teamId } });
  const byKey = new Map(docs.map((doc) => [documentKey(doc), doc]));
  const toUpdate = wanted.flatMap((next) => {
    const existing = byKey.get(documentKey(next));
    if (!existing) {
      return [{ next, existing: next }];
    }
    return [{ next, existing }];
  });
  await Promise.all(toUpdate.map((source) => prisma.document.update({ where: { id: source.existing.id }, data: {} }))); // want "update on tenant-scoped \"Document\" does not filter by the tenant"
}

// A list grown after the flatMap holds other rows too.
export async function carriedGrown(teamId: string, wanted: { id: string; sheet: boolean }[], extra: { next: { sheet: boolean }; existing: { id: string } }) {
  const docs = await prisma.document.findMany({ where: { teamId } });
  const byKey = new Map(docs.map((doc) => [documentKey(doc), doc]));
  const toUpdate = wanted.flatMap((next) => {
    const existing = byKey.get(documentKey(next));
    if (!existing) {
      return [];
    }
    return [{ next, existing }];
  });
  toUpdate.push(extra);
  await Promise.all(toUpdate.map((source) => prisma.document.update({ where: { id: source.existing.id }, data: {} }))); // want "update on tenant-scoped \"Document\" does not filter by the tenant"
}

// A field given another value after the flatMap is not the Map's row.
export async function carriedReplaced(teamId: string, wanted: { id: string; sheet: boolean }[], other: { id: string }) {
  const docs = await prisma.document.findMany({ where: { teamId } });
  const byKey = new Map(docs.map((doc) => [documentKey(doc), doc]));
  const toUpdate = wanted.flatMap((next) => {
    const existing = byKey.get(documentKey(next));
    if (!existing) {
      return [];
    }
    return [{ next, existing }];
  });
  toUpdate.forEach((source) => {
    source.existing = other;
  });
  await Promise.all(toUpdate.map((source) => prisma.document.update({ where: { id: source.existing.id }, data: {} }))); // want "update on tenant-scoped \"Document\" does not filter by the tenant"
}

// A computed key after the row's entry gives the field another value.
export async function carriedComputed(teamId: string, wanted: { id: string; sheet: boolean }[], other: any) {
  const docs = await prisma.document.findMany({ where: { teamId } });
  const byKey = new Map(docs.map((doc) => [documentKey(doc), doc]));
  const toUpdate = wanted.flatMap((next) => {
    const existing = byKey.get(documentKey(next));
    if (!existing) {
      return [];
    }
    return [{ next, existing, ["existing"]: other }];
  });
  await Promise.all(toUpdate.map((source) => prisma.document.update({ where: { id: source.existing.id }, data: { sheet: source.next.sheet } }))); // want "update on tenant-scoped \"Document\" does not filter"
}

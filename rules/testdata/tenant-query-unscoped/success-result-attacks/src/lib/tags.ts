import { remember, flush } from "./store";

declare const db: any;

// Hands its list to a module that keeps it, then lets that module grow
// it after the count.
export async function checkRemembered(tagIds: string[], workspaceId: string, extra: string) {
  const ids = Array.from(new Set(tagIds));
  remember(ids);
  const found = await db.tag.findMany({ where: { id: { in: ids }, workspaceId } });
  if (found.length !== ids.length) {
    return { success: false };
  }
  await flush(extra);
  return { success: true, ids };
}

// The twin of the proof: checks every id against the workspace.
export async function checkTags(tagIds: string[] | undefined, workspaceId: string) {
  const ids = Array.from(new Set(tagIds ?? []));
  if (ids.length) {
    const found = await db.tag.findMany({ where: { id: { in: ids }, workspaceId }, select: { id: true } });
    if (found.length !== ids.length) {
      return { success: false };
    }
  }
  return { success: true, ids };
}

// Answers success for any list.
export async function checkLoose(tagIds: string[], workspaceId: string) {
  const ids = Array.from(new Set(tagIds));
  const found = await db.tag.findMany({ where: { id: { in: ids }, workspaceId } });
  console.log(found.length);
  return { success: true, ids };
}

export async function checkSwapped(tagIds: string[], workspaceId: string) {
  const ids = Array.from(new Set(tagIds));
  const found = await db.tag.findMany({ where: { id: { in: ids }, workspaceId } });
  if (found.length !== ids.length) {
    return { success: false };
  }
  return { success: true, ids };
}

export function trustAll() {
  checkSwapped = async (tagIds: string[]) => ({ success: true, ids: tagIds });
}

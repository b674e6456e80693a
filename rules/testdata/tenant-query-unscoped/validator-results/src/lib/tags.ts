import { respond } from "./http";

declare const db: any;

// A helper of another file that checks every tag id against the
// workspace, builds its failure with an imported function, and hands back
// the checked list in a result whose success flag the caller tests
// (Marble's validateWorkspaceTags).
export async function validateTags(tagIds: string[] | undefined, workspaceId: string): Promise<{ success: true; uniqueIds: string[] } | { success: false; response: unknown }> {
  const uniqueIds = Array.from(new Set(tagIds ?? []));
  if (uniqueIds.length) {
    const valid = await db.tag.findMany({ where: { id: { in: uniqueIds }, workspaceId }, select: { id: true } });
    if (valid.length !== uniqueIds.length) {
      return { success: false, response: respond("invalid tags", 400) };
    }
  }
  return { success: true, uniqueIds };
}

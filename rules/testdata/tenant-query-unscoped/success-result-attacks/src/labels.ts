declare const db: any;

// Counts tags by a label, which is not unique: two of the workspace's
// tags named "a" make ["a", "theirs"] count 2.
export async function checkLabels(labels: string[], workspaceId: string) {
  const names = Array.from(new Set(labels));
  const found = await db.tag.findMany({ where: { label: { in: names }, workspaceId } });
  if (found.length !== names.length) {
    return { success: false };
  }
  return { success: true, names };
}

export async function dropLabels(workspaceId: string, labels: string[]) {
  const checked = await checkLabels(labels, workspaceId);
  if (!checked.success) {
    return null;
  }
  for (const label of checked.names) {
    await db.tag.deleteMany({ where: { label } }); // want "deleteMany on tenant-scoped \"Tag\" does not filter by the tenant"
  }
}

// The same count in the caller.
export async function dropLabelsDirect(workspaceId: string, labels: string[]) {
  const names = Array.from(new Set(labels));
  const found = await db.tag.findMany({ where: { label: { in: names }, workspaceId } });
  if (found.length !== names.length) {
    return null;
  }
  for (const label of names) {
    await db.tag.deleteMany({ where: { label } }); // want "deleteMany on tenant-scoped \"Tag\" does not filter by the tenant"
  }
}

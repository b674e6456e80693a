import { requireCanModifyProject, requireIsProjectAdmin } from "./access";

declare const db: any;
type Context = { session: { user: { id?: string } } | null };

// A dataset found by id alone, then the caller's membership of its
// project checked by an imported helper that throws; the write by the
// same id comes after the check.
export async function renameDataset({ input, ctx }: { input: { id: string; name: string }; ctx: Context }) {
  const dataset = await db.dataset.findUnique({ where: { id: input.id } });
  if (!dataset) return null;
  await requireCanModifyProject(dataset.projectId, ctx);
  await db.dataset.update({ where: { id: input.id }, data: { name: input.name } });
  return dataset.name;
}

// The tenant copied to a const; the helper takes the context first.
export async function datasetName(ctx: Context, id: string) {
  const dataset = await db.dataset.findUniqueOrThrow({ where: { id } });
  const projectId = dataset.projectId;
  await requireIsProjectAdmin(ctx, projectId);
  return dataset.name;
}

// The row destructured; its other field read after the check, and the
// write by the same id after it too.
export async function renameDestructured({ input, ctx }: { input: { id: string; name: string }; ctx: Context }) {
  const { projectId, name } = await db.dataset.findUniqueOrThrow({ where: { id: input.id } });
  await requireCanModifyProject(projectId, ctx);
  await db.dataset.update({ where: { id: input.id }, data: { name: input.name } });
  return name;
}

export async function countUsage(tx: any, projectId: string): Promise<number> {
  return tx.$queryRaw`SELECT count(*) FROM teams WHERE project_id = ${projectId}`;
}

export function throwIfOver(count: number) {
  if (count > 10) throw new Error("over the limit");
}

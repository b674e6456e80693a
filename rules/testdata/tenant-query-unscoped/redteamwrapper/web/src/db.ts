export const prisma: any = {};
export const replica: any = {};
export function forProject(projectId: string): any {
  return prisma;
}

export const prisma: any = null;

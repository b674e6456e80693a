export const prisma: any = {};
export const db: any = prisma;

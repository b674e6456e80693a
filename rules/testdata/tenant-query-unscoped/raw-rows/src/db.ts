export declare const prisma: any;
export declare const Prisma: any;

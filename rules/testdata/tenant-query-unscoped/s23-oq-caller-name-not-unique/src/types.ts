import type { PrismaClient } from "@prisma/client";
export type Options = { ctx: { session: { user: { id: string } }; prisma: PrismaClient } };

import { prisma } from "./db";

// The wiki's User is global: the crm's tenant User must not judge it.
export const users = () => prisma.user.findMany();
export const pages = () => prisma.page.findMany(); // want "findMany on tenant-scoped \"Page\" has no where"

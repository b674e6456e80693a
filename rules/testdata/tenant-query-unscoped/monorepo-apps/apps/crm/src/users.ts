import { prisma } from "./db";

// The crm's User is the organisation's.
export const users = () => prisma.user.findMany(); // want "findMany on tenant-scoped \"User\" has no where"
// The crm has no Page model: this is not a crm query.
export const pages = () => prisma.page.findMany();

import { prisma } from "../db";

export const get\u0041utomations = async ({ projectId }: { projectId: string }) => prisma.automation.findMany({}); // want "findMany on tenant-scoped \"Automation\" has no where"

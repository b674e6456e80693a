import { prisma } from "../db";

export const getAutomations = async ({ projectId }: { projectId: string }) => prisma.automation.findMany({}); // want "findMany on tenant-scoped \"Automation\" has no where"

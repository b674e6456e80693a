import { prisma } from "../db";

export const getAutomations = async ({ projectId }: { projectId: string; ids?: string[] }) => {
  const automations = await prisma.automation.findMany({ where: { projectId } });
  return automations.map((automation: any) => ({ id: automation.id }));
};

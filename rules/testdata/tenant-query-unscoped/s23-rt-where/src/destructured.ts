import { prisma } from "./lib/db";

type Input = { orgId?: string; name: string };

// A tenant value destructured from an optional property may be undefined.
export async function destructured(input: Input, session: { user?: { orgId: string } }) {
  const { orgId } = input;
  await prisma.project.findMany({ where: { organizationId: orgId } }); // want "may be undefined"
  const { orgId: renamed } = input;
  await prisma.project.findMany({ where: { organizationId: renamed } }); // want "may be undefined"
  const { user } = session;
  await prisma.project.findMany({ where: { organizationId: user?.orgId } }); // want "may be undefined"
  const { name } = input;
  await prisma.project.findMany({ where: { organizationId: name } });
}

export async function params({ orgId }: Input, [second]: string[]) {
  await prisma.project.findMany({ where: { organizationId: orgId } }); // want "may be undefined"
}

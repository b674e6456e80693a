import { prisma } from "./lib/db";

declare const fallback: any;

// Testing that a model's client exists hands nothing out.
export async function tested(organizationId: string, ready: boolean) {
  await prisma.document.findMany({ where: { organizationId } });
  if (!prisma.document) throw new Error("run the migrations");
  if (prisma.workflow) await prisma.workflow.findMany({ where: { organizationId } });
  if (typeof prisma.document === "undefined") return null;
  if (prisma.workflow === undefined || prisma["document"] == null) return null;
  if (!("findMany" in prisma["document"]) || prisma.workflow instanceof Object) return null;
  const ok = (prisma.document) && ready ? 1 : 2;
  // The client itself as a value is handed out, whatever chooses it.
  const chosen = prisma.document ?? fallback; // want "cannot follow the \"Document\" client handed out here"
  const either = ready && prisma.workflow; // want "cannot follow the \"Workflow\" client handed out here"
  const picked = ready ? prisma.document : fallback; // want "cannot follow the \"Document\" client handed out here"
  return [ok, chosen, either, picked];
}

// The receiver is named as written.
export async function cast(organizationId: string) {
  await (prisma as any).workflow.findMany({ where: { organizationId } });
  return (prisma as any).workflow; // want "cannot follow the \"Workflow\" client handed out here; call \\(prisma as any\\).workflow.<operation> directly"
}

// A hand-out its author has checked is ignored like any finding.
export async function ignored(organizationId: string) {
  await prisma.workflow.findMany({ where: { organizationId } });
  // schemalint-ignore tenant-query-unscoped the helper filters by workspaceId
  return prisma.workflow;
}

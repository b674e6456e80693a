import { prisma } from "./lib/db";

declare const window: any;
declare const session: any;

type DocumentClient = typeof prisma.document;
type FindMany = ReturnType<typeof prisma.workflow.findMany>;

export async function quiet(id: string, organizationId: string, client: DocumentClient, model: string) {
  await prisma.document.findMany({ where: { organizationId } });
  // Creates and other operations on the client are calls, not hand-outs.
  await prisma.document.create({ data: { id, organizationId } });
  await prisma["workflow"].create({ data: { id, organizationId } });
  await prisma.workflow.createMany({ data: [] });
  // Receivers no found call uses are no client.
  const title = window.document.title;
  const doc = window.document;
  const { workflow } = session;
  const chosen = session[model];
  const another = session["document"];
  // A global model, and what is not a model's client.
  const plans = prisma.plan;
  await prisma["plan"].findMany();
  const { plan, $transaction } = prisma;
  const first = prisma[0];
  prisma.document = client;
  return [title, doc, workflow, chosen, another, plans, plan, $transaction, first];
}

export type Rows = FindMany;

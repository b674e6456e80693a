import type { Request, Response } from "express";

declare const prisma: any;
declare function notify(doc: unknown): Promise<void>;
declare function invariant(v: unknown, msg?: string): asserts v;

// The row leaves the function before its comparison with the tenant: sent
// in the response, handed to a call, or written to. The throw after it
// comes too late, so the fetch is reported.
export async function sentFirst(req: Request, res: Response) {
  const doc = await prisma.document.findUnique({ where: { id: req.params.id } }); // want "findUnique on tenant-scoped \"Document\" does not filter by the tenant"
  res.json(doc);
  if (!doc || doc.teamId !== req.session.teamId) throw new Error("not found");
}

export async function sentPart(req: Request, res: Response, teamId: string) {
  const doc = await prisma.document.findUnique({ where: { id: req.params.id } }); // want "findUnique on tenant-scoped \"Document\" does not filter by the tenant"
  if (!doc) return res.status(404).end();
  res.status(200).send({ sheet: doc.sheet });
  if (doc.teamId !== teamId) throw new Error("not found");
}

export async function handedFirst(id: string, teamId: string) {
  const doc = await prisma.document.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Document\" does not filter by the tenant"
  await notify(doc);
  if (!doc || doc.teamId !== teamId) throw new Error("not found");
  return doc;
}

export async function writtenFirst(id: string, teamId: string) {
  const doc = await prisma.document.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Document\" does not filter by the tenant"
  if (!doc) throw new Error("not found");
  await prisma.document.update({ where: { id: doc.id }, data: { sheet: true } }); // want "update on tenant-scoped \"Document\" does not filter by the tenant"
  if (doc.teamId !== teamId) throw new Error("not found");
  return doc;
}

export async function chosenFirst(id: string, teamId: string, raw: boolean, res: Response) {
  const doc = await prisma.document.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Document\" does not filter by the tenant"
  res.send(raw ? doc : { sheet: doc?.sheet ?? false });
  if (!doc || doc.teamId !== teamId) throw new Error("not found");
  return doc;
}

export async function storedFirst(id: string, teamId: string, cache: Map<string, unknown>, res: Response) {
  const doc = await prisma.document.findUnique({ where: { id } }); // want "findUnique on tenant-scoped \"Document\" does not filter by the tenant"
  res.locals.doc = doc;
  if (!doc || doc.teamId !== teamId) throw new Error("not found");
  return doc;
}

// Twins: tests of the row before the comparison (is it there, is it
// deleted), an assertion, and every use after the comparison.
export async function sentAfter(req: Request, res: Response, teamId: string) {
  const doc = await prisma.document.findUnique({ where: { id: req.params.id } });
  invariant(doc, "not found");
  if (doc.sheet === false && !doc) return res.status(404).end();
  if (doc.teamId !== teamId) throw new Error("not found");
  await notify(doc);
  await prisma.document.update({ where: { id: doc.id }, data: { sheet: true } });
  res.json(doc);
}

// The same for rows compared together.
export async function listSentFirst(ids: string[], teamId: string, res: Response) {
  const docs = await prisma.document.findMany({ where: { id: { in: ids } } }); // want "findMany on tenant-scoped \"Document\" does not filter by the tenant"
  res.json(docs);
  if (docs.some((d: any) => d.teamId !== teamId)) throw new Error("not found");
}

export async function listSentAfter(ids: string[], teamId: string, res: Response) {
  const docs = await prisma.document.findMany({ where: { id: { in: ids } } });
  if (docs.length === 0) throw new Error("not found");
  if (docs.some((d: any) => d.teamId !== teamId)) throw new Error("not found");
  res.json(docs);
}

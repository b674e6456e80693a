import { notFound } from "next/navigation";
import { notFound as missing } from "./errors";

declare const prisma: any;

// The function leaves through Next's notFound() when the checked lookup
// finds nothing: the views are the team's.
export async function statsPage(teamId: string, dataroomId: string, documentId: string) {
  const dataroomDocument = await prisma.dataroomDocument.findFirst({
    where: { dataroomId, document: { id: documentId, teamId } },
  });
  if (!dataroomDocument) notFound();
  return prisma.view.count({ where: { documentId } });
}

// The app's own notFound may return: nothing proves the document.
export async function statsOwnHelper(teamId: string, dataroomId: string, documentId: string) {
  const dataroomDocument = await prisma.dataroomDocument.findFirst({
    where: { dataroomId, document: { id: documentId, teamId } },
  });
  if (!dataroomDocument) missing();
  return prisma.view.count({ where: { documentId } }); // want "count on tenant-scoped \"View\" does not filter"
}

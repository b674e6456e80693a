import { prisma } from "./db";

// Counted, then linked: nothing changes the list in between.
export async function attachCounted(orgId: string, chatId: string, ids: string[]) {
  const chat = await prisma.chat.findFirstOrThrow({ where: { id: chatId, orgId } });
  const found = await prisma.attachment.count({ where: { id: { in: ids }, orgId } });
  if (found !== ids.length) throw new Error("not found");
  await prisma.chatAttachment.createMany({ data: ids.map((attachmentId) => ({ chatId: chat.id, attachmentId })) });
}

// Another organization's id among the counted ones, the last id popped
// before the count: as many ids are left as were found.
export async function attachPoppedBeforeCount(orgId: string, chatId: string, ids: string[]) {
  const chat = await prisma.chat.findFirstOrThrow({ where: { id: chatId, orgId } });
  const found = await prisma.attachment.count({ where: { id: { in: ids }, orgId } });
  ids.pop();
  if (found !== ids.length) throw new Error("not found");
  await prisma.chatAttachment.createMany({ data: ids.map((attachmentId) => ({ chatId: chat.id, attachmentId })) }); // want "createMany on \"ChatAttachment\" links a \"Attachment\" by \"attachmentId\" alone"
}

import { prisma } from "./db";

// Ids claimed with the tenant in a transaction, the claim's count
// compared with the list's length before the rows link them (sourcebot's
// chat attachments): each id is a row of the tenant.
export async function attach(orgId: string, chatId: string, ids: string[]) {
  const chat = await prisma.chat.findFirstOrThrow({ where: { id: chatId, orgId } });
  await prisma.$transaction(async (tx) => {
    const claimed = await tx.attachment.updateMany({ where: { id: { in: ids }, orgId, status: "PENDING" }, data: { status: "COMMITTED" } });
    if (claimed.count !== ids.length) {
      throw new Error("conflict");
    }
    await tx.chatAttachment.createMany({ data: ids.map((attachmentId) => ({ chatId: chat.id, attachmentId })) });
  });
}

// A count with the tenant, compared either way round.
export async function attachCounted(orgId: string, chatId: string, ids: string[]) {
  const chat = await prisma.chat.findFirstOrThrow({ where: { id: chatId, orgId } });
  const found = await prisma.attachment.count({ where: { id: { in: ids }, orgId } });
  if (ids.length != found) throw new Error("not found");
  await prisma.chatAttachment.createMany({ data: ids.map((attachmentId) => ({ chatId: chat.id, attachmentId })) });
}

// Rows of a list, counted by the destructured count.
export async function attachRows(orgId: string, chatId: string, rows: { id: string }[]) {
  const chat = await prisma.chat.findFirstOrThrow({ where: { id: chatId, orgId } });
  const { count } = await prisma.attachment.updateMany({ where: { id: { in: rows.map((r) => r.id) }, orgId }, data: { status: "SEEN" } });
  if (count < rows.length) return;
  await prisma.chatAttachment.createMany({ data: rows.map((r) => ({ chatId: chat.id, attachmentId: r.id })) });
}

// Counted without the tenant.
export async function attachCountedAnywhere(orgId: string, chatId: string, ids: string[]) {
  const chat = await prisma.chat.findFirstOrThrow({ where: { id: chatId, orgId } });
  const found = await prisma.attachment.count({ where: { id: { in: ids } } }); // want "count on tenant-scoped \"Attachment\""
  if (found !== ids.length) throw new Error("not found");
  await prisma.chatAttachment.createMany({ data: ids.map((attachmentId) => ({ chatId: chat.id, attachmentId })) }); // want "createMany on \"ChatAttachment\" links a \"Attachment\" by \"attachmentId\" alone"
}

// The count is not compared with the list's length, or the comparison
// does not leave.
export async function attachCountedLoosely(orgId: string, chatId: string, ids: string[]) {
  const chat = await prisma.chat.findFirstOrThrow({ where: { id: chatId, orgId } });
  const found = await prisma.attachment.count({ where: { id: { in: ids }, orgId } });
  if (found === 0) throw new Error("none");
  await prisma.chatAttachment.createMany({ data: ids.map((attachmentId) => ({ chatId: chat.id, attachmentId })) }); // want "links a \"Attachment\" by \"attachmentId\" alone"
  const again = await prisma.attachment.count({ where: { id: { in: ids }, orgId } });
  if (again !== ids.length) console.warn("missing");
  await prisma.chatAttachment.createMany({ data: ids.map((attachmentId) => ({ chatId: chat.id, attachmentId })) }); // want "links a \"Attachment\" by \"attachmentId\" alone"
}

// The claim moves the rows it counts to another tenant.
export async function attachMoved(orgId: string, chatId: string, ids: string[], otherOrgId: string) {
  const chat = await prisma.chat.findFirstOrThrow({ where: { id: chatId, orgId } });
  await prisma.$transaction(async (tx) => {
    const claimed = await tx.attachment.updateMany({ where: { id: { in: ids }, orgId }, data: { orgId: otherOrgId } });
    if (claimed.count !== ids.length) throw new Error("conflict");
    await tx.chatAttachment.createMany({ data: ids.map((attachmentId) => ({ chatId: chat.id, attachmentId })) }); // want "links a \"Attachment\" by \"attachmentId\" alone"
  });
}

// Another list mapped than the one counted, or the counted one grown
// after the count.
export async function attachOtherList(orgId: string, chatId: string, ids: string[], more: string[]) {
  const chat = await prisma.chat.findFirstOrThrow({ where: { id: chatId, orgId } });
  const claimed = await prisma.attachment.updateMany({ where: { id: { in: ids }, orgId }, data: { status: "COMMITTED" } });
  if (claimed.count !== ids.length) throw new Error("conflict");
  await prisma.chatAttachment.createMany({ data: more.map((attachmentId) => ({ chatId: chat.id, attachmentId })) }); // want "links a \"Attachment\" by \"attachmentId\" alone"
  ids.push(...more);
  await prisma.chatAttachment.createMany({ data: ids.map((attachmentId) => ({ chatId: chat.id, attachmentId })) }); // want "links a \"Attachment\" by \"attachmentId\" alone"
}

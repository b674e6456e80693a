import { prisma } from "./db";

// Each proof below matches a name by its text. Where an inner block, a
// loop or a callback binds that name again, or it is given another value
// after the proof's fact, the call uses a value nothing checked: every
// line here must stay reported.

// Ids counted with the tenant, then a const of the list's name in a block
// or a callback's parameter of that name.
export async function countedRebound(orgId: string, chatId: string, ids: string[], other: string[]) {
  const chat = await prisma.chat.findFirstOrThrow({ where: { id: chatId, orgId } });
  const found = await prisma.attachment.count({ where: { id: { in: ids }, orgId } });
  if (found !== ids.length) throw new Error("not found");
  {
    const ids = other;
    await prisma.chatAttachment.createMany({ data: ids.map((attachmentId) => ({ chatId: chat.id, attachmentId })) }); // want "links a \"Attachment\" by \"attachmentId\" alone"
  }
  [other].forEach(async (ids) => {
    await prisma.chatAttachment.createMany({ data: ids.map((attachmentId) => ({ chatId: chat.id, attachmentId })) }); // want "links a \"Attachment\" by \"attachmentId\" alone"
  });
}

// The count compared is a const of the counter's name in a block.
export async function counterRebound(orgId: string, chatId: string, ids: string[]) {
  const chat = await prisma.chat.findFirstOrThrow({ where: { id: chatId, orgId } });
  const found = await prisma.attachment.count({ where: { id: { in: ids }, orgId } });
  {
    const found = ids.length;
    if (found !== ids.length) throw new Error("not found");
    await prisma.chatAttachment.createMany({ data: ids.map((attachmentId) => ({ chatId: chat.id, attachmentId })) }); // want "links a \"Attachment\" by \"attachmentId\" alone"
  }
  console.log(found);
}

// The list given another value after the count.
export async function countedReassigned(orgId: string, chatId: string, ids: string[], other: string[]) {
  const chat = await prisma.chat.findFirstOrThrow({ where: { id: chatId, orgId } });
  const found = await prisma.attachment.count({ where: { id: { in: ids }, orgId } });
  if (found !== ids.length) throw new Error("not found");
  ids = other;
  await prisma.chatAttachment.createMany({ data: ids.map((attachmentId) => ({ chatId: chat.id, attachmentId })) }); // want "links a \"Attachment\" by \"attachmentId\" alone"
}

// The count is compared with a const of the list's name in a block, not
// with the ids counted.
export async function countedOtherList(orgId: string, chatId: string, ids: string[], other: string) {
  const chat = await prisma.chat.findFirstOrThrow({ where: { id: chatId, orgId } });
  const found = await prisma.attachment.count({ where: { id: { in: ids }, orgId } });
  if (ids.length > 0) {
    const ids = [other];
    if (found !== ids.length) throw new Error("not found");
  }
  await prisma.chatAttachment.createMany({ data: ids.map((attachmentId) => ({ chatId: chat.id, attachmentId })) }); // want "links a \"Attachment\" by \"attachmentId\" alone"
}

// The same proof, the list bound again by a loop, a destructuring or a
// function expression's parameter.
export async function countedLoops(orgId: string, chatId: string, ids: string[], groups: { ids: string[] }[]) {
  const chat = await prisma.chat.findFirstOrThrow({ where: { id: chatId, orgId } });
  const found = await prisma.attachment.count({ where: { id: { in: ids }, orgId } });
  if (found !== ids.length) throw new Error("not found");
  for (const { ids } of groups) {
    await prisma.chatAttachment.createMany({ data: ids.map((attachmentId) => ({ chatId: chat.id, attachmentId })) }); // want "links a \"Attachment\" by \"attachmentId\" alone"
  }
  if (groups.length > 0) {
    const { ids } = groups[0];
    await prisma.chatAttachment.createMany({ data: ids.map((attachmentId) => ({ chatId: chat.id, attachmentId })) }); // want "links a \"Attachment\" by \"attachmentId\" alone"
  }
  groups.forEach(async function ({ ids }) {
    await prisma.chatAttachment.createMany({ data: ids.map((attachmentId) => ({ chatId: chat.id, attachmentId })) }); // want "links a \"Attachment\" by \"attachmentId\" alone"
  });
  await prisma.chatAttachment.createMany({ data: ids.map((attachmentId) => ({ chatId: chat.id, attachmentId })) });
}

// Counted only when the list has ids, but the ids counted are a const of
// the list's name in that branch: the list linked is never counted.
export async function countedInnerList(orgId: string, chatId: string, ids: string[], other: string[]) {
  const chat = await prisma.chat.findFirstOrThrow({ where: { id: chatId, orgId } });
  if (ids.length > 0) {
    const ids = other;
    const found = await prisma.attachment.count({ where: { id: { in: ids }, orgId } });
    if (found !== ids.length) throw new Error("not found");
  }
  await prisma.chatAttachment.createMany({ data: ids.map((attachmentId) => ({ chatId: chat.id, attachmentId })) }); // want "links a \"Attachment\" by \"attachmentId\" alone"
}

// The same with the ids kept: the list is counted whenever it has ids.
export async function countedWhenAny(orgId: string, chatId: string, ids: string[]) {
  const chat = await prisma.chat.findFirstOrThrow({ where: { id: chatId, orgId } });
  if (ids.length > 0) {
    const found = await prisma.attachment.count({ where: { id: { in: ids }, orgId } });
    if (found !== ids.length) throw new Error("not found");
  }
  await prisma.chatAttachment.createMany({ data: ids.map((attachmentId) => ({ chatId: chat.id, attachmentId })) });
}

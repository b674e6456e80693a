import { db } from "./db";

// A bot re-saved after its fields were migrated (typebot's bots): the
// folder link written is the one the very row the update changes holds.
// Whether the bot may be changed is its where's to judge.
export async function resave(botId: string, name: string) {
  const bot = await db.bot.findUnique({ where: { id: botId } }); // want "findUnique on tenant-scoped \"Bot\" does not filter by the tenant"
  if (!bot) {
    return;
  }
  await db.bot.update({ // want "update on tenant-scoped \"Bot\" does not filter by the tenant"
    where: { id: bot.id },
    data: { name, folderId: bot.folderId },
  });
}

// Another column, another row of the model, a row of another model, a
// row given another key before the write.
export async function resaveOther(botId: string, otherId: string, name: string, archiveId: string | null) {
  const bot = await db.bot.findUnique({ where: { id: botId } }); // want "findUnique on tenant-scoped \"Bot\" does not filter by the tenant"
  const other = await db.bot.findUnique({ where: { id: otherId } }); // want "findUnique on tenant-scoped \"Bot\" does not filter by the tenant"
  const folder = await db.folder.findUnique({ where: { id: botId } }); // want "findUnique on tenant-scoped \"Folder\" does not filter by the tenant"
  if (!bot || !other || !folder) {
    return;
  }
  await db.bot.update({ // want "update on tenant-scoped \"Bot\" does not filter by the tenant"
    where: { id: bot.id },
    data: { name, archiveId: bot.folderId }, // want "update on \"Bot\" links a \"Folder\" by \"archiveId\" alone"
  });
  await db.bot.update({ // want "update on tenant-scoped \"Bot\" does not filter by the tenant"
    where: { id: bot.id },
    data: { name, folderId: other.folderId }, // want "update on \"Bot\" links a \"Folder\" by \"folderId\" alone"
  });
  await db.bot.update({ // want "update on tenant-scoped \"Bot\" does not filter by the tenant"
    where: { id: other.id },
    data: { name, folderId: bot.folderId }, // want "update on \"Bot\" links a \"Folder\" by \"folderId\" alone"
  });
  await db.bot.update({ // want "update on tenant-scoped \"Bot\" does not filter by the tenant"
    where: { id: bot.id },
    data: { name, folderId: folder.id }, // want "update on \"Bot\" links a \"Folder\" by \"folderId\" alone"
  });
  bot.folderId = archiveId;
  await db.bot.update({ // want "update on tenant-scoped \"Bot\" does not filter by the tenant"
    where: { id: bot.id },
    data: { name, folderId: bot.folderId }, // want "update on \"Bot\" links a \"Folder\" by \"folderId\" alone"
  });
}

// The row replaced between its read and the write, and a new row made
// from it: a create links the folder to another row.
export async function resaveReplaced(botId: string, otherId: string, name: string) {
  let bot = await db.bot.findUnique({ where: { id: botId } }); // want "findUnique on tenant-scoped \"Bot\" does not filter by the tenant"
  bot = await db.bot.findUnique({ where: { id: otherId } }); // want "findUnique on tenant-scoped \"Bot\" does not filter by the tenant"
  if (!bot) {
    return;
  }
  await db.bot.update({ // want "update on tenant-scoped \"Bot\" does not filter by the tenant"
    where: { id: bot.id },
    data: { name, folderId: bot.folderId }, // want "update on \"Bot\" links a \"Folder\" by \"folderId\" alone"
  });
  const copy = await db.bot.findUnique({ where: { id: botId } }); // want "findUnique on tenant-scoped \"Bot\" does not filter by the tenant"
  if (!copy) {
    return;
  }
  await db.bot.create({
    data: { id: otherId, name, organisationId: "org", folderId: copy.folderId }, // want "create on \"Bot\" links a \"Folder\" by \"folderId\" alone"
  });
}

// A let row that a loop's header gives another row: the folder link is
// another bot's. Twin: a loop that declares its own variable leaves it.
export async function resaveLooped(botId: string, others: { id: string; folderId: string }[], name: string) {
  let bot = await db.bot.findUnique({ where: { id: botId } }); // want "findUnique on tenant-scoped \"Bot\" does not filter by the tenant"
  for (bot of others) {
    console.log(bot.id);
  }
  if (!bot) {
    return;
  }
  await db.bot.update({ // want "update on tenant-scoped \"Bot\" does not filter by the tenant"
    where: { id: bot.id },
    data: { name, folderId: bot.folderId }, // want "update on \"Bot\" links a \"Folder\" by \"folderId\" alone"
  });
}

export async function resaveLoopDeclares(botId: string, others: { id: string; folderId: string }[], name: string) {
  let bot = await db.bot.findUnique({ where: { id: botId } }); // want "findUnique on tenant-scoped \"Bot\" does not filter by the tenant"
  for (const bot of others) {
    console.log(bot.id);
  }
  if (!bot) {
    return;
  }
  await db.bot.update({ // want "update on tenant-scoped \"Bot\" does not filter by the tenant"
    where: { id: bot.id },
    data: { name, folderId: bot.folderId },
  });
}

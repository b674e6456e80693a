import { migrate } from "bot-migrations";
import { z } from "zod";
import { db } from "./db";
import { migrateBotMoving, migrateBot } from "./owncopy-migrate";
import { botParser, botSchema } from "./owncopy-schema";

const localSchema = z.object({ id: z.string(), folderId: z.string().nullable() }).passthrough();

// A bot re-saved from a copy of itself (typebot's bots after a
// migration): a schema's parse of the row, a choice between a migrated
// copy and a parsed one taken apart, a spread of the row. The folder
// link written is the one the very row holds.
export async function resaveCopy(botId: string, name: string, upgrade: boolean) {
  const bot = await db.bot.findUnique({ where: { id: botId } }); // want "findUnique on tenant-scoped \"Bot\" does not filter by the tenant"
  if (!bot) {
    return;
  }
  const parsed = botSchema.parse(bot);
  await db.bot.update({ // want "update on tenant-scoped \"Bot\" does not filter by the tenant"
    where: { id: bot.id },
    data: { name, folderId: parsed.folderId },
  });
  const checked = localSchema.safeParse(bot).data;
  await db.bot.update({ // want "update on tenant-scoped \"Bot\" does not filter by the tenant"
    where: { id: bot.id },
    data: { name, folderId: checked?.folderId },
  });
  const { bot: migrated, changed } = (
    upgrade ? await migrateBot(botSchema.parse(bot) as any) : { bot: botSchema.parse(bot), changed: false }
  ) as { bot: { folderId: string | null; name: string }; changed: boolean };
  if (changed) {
    await db.bot.update({ // want "update on tenant-scoped \"Bot\" does not filter by the tenant"
      where: { id: bot.id },
      data: { name: migrated.name, folderId: migrated.folderId },
    });
  }
  const draft = { ...bot, name };
  await db.bot.update({ // want "update on tenant-scoped \"Bot\" does not filter by the tenant"
    where: { id: bot.id },
    data: { name: draft.name, folderId: draft.folderId },
  });
}

// The twins: a parse of the request's input, another column, a step that
// moves the bot, a spread then a folder of the input, a parse that is no
// schema's, another row's copy, a callee the rule cannot read.
export async function resaveCopyOther(botId: string, otherId: string, input: unknown, folderId: string) {
  const bot = await db.bot.findUnique({ where: { id: botId } }); // want "findUnique on tenant-scoped \"Bot\" does not filter by the tenant"
  const other = await db.bot.findUnique({ where: { id: otherId } }); // want "findUnique on tenant-scoped \"Bot\" does not filter by the tenant"
  if (!bot || !other) {
    return;
  }
  const fromInput = botSchema.parse(input);
  await db.bot.update({ // want "update on tenant-scoped \"Bot\" does not filter by the tenant"
    where: { id: bot.id },
    data: { folderId: fromInput.folderId }, // want "update on \"Bot\" links a \"Folder\" by \"folderId\" alone"
  });
  const parsed = botSchema.parse(bot);
  await db.bot.update({ // want "update on tenant-scoped \"Bot\" does not filter by the tenant"
    where: { id: bot.id },
    data: { archiveId: parsed.folderId }, // want "update on \"Bot\" links a \"Folder\" by \"archiveId\" alone"
  });
  const { bot: moved } = await migrateBotMoving(botSchema.parse(bot) as any, folderId);
  await db.bot.update({ // want "update on tenant-scoped \"Bot\" does not filter by the tenant"
    where: { id: bot.id },
    data: { folderId: moved.folderId }, // want "update on \"Bot\" links a \"Folder\" by \"folderId\" alone"
  });
  const draft = { ...bot, folderId };
  await db.bot.update({ // want "update on tenant-scoped \"Bot\" does not filter by the tenant"
    where: { id: bot.id },
    data: { folderId: draft.folderId }, // want "update on \"Bot\" links a \"Folder\" by \"folderId\" alone"
  });
  const notParsed = botParser.parse(bot);
  await db.bot.update({ // want "update on tenant-scoped \"Bot\" does not filter by the tenant"
    where: { id: bot.id },
    data: { folderId: notParsed.folderId }, // want "update on \"Bot\" links a \"Folder\" by \"folderId\" alone"
  });
  const otherCopy = botSchema.parse(other);
  await db.bot.update({ // want "update on tenant-scoped \"Bot\" does not filter by the tenant"
    where: { id: bot.id },
    data: { folderId: otherCopy.folderId }, // want "update on \"Bot\" links a \"Folder\" by \"folderId\" alone"
  });
  const unread = await migrate(botSchema.parse(bot));
  await db.bot.update({ // want "update on tenant-scoped \"Bot\" does not filter by the tenant"
    where: { id: bot.id },
    data: { folderId: unread.folderId }, // want "update on \"Bot\" links a \"Folder\" by \"folderId\" alone"
  });
}

// A copy whose folder is given another value before the write.
export async function resaveCopyChanged(botId: string, folderId: string) {
  const bot = await db.bot.findUnique({ where: { id: botId } }); // want "findUnique on tenant-scoped \"Bot\" does not filter by the tenant"
  if (!bot) {
    return;
  }
  const parsed = botSchema.parse(bot);
  parsed.folderId = folderId;
  await db.bot.update({ // want "update on tenant-scoped \"Bot\" does not filter by the tenant"
    where: { id: bot.id },
    data: { folderId: parsed.folderId }, // want "update on \"Bot\" links a \"Folder\" by \"folderId\" alone"
  });
}

// A parameter of the schema's name: its parse is any function.
export async function resaveShadowed(botId: string, botSchema: { parse: (bot: unknown) => { folderId: string } }) {
  const bot = await db.bot.findUnique({ where: { id: botId } }); // want "findUnique on tenant-scoped \"Bot\" does not filter by the tenant"
  if (!bot) {
    return;
  }
  const parsed = botSchema.parse(bot);
  await db.bot.update({ // want "update on tenant-scoped \"Bot\" does not filter by the tenant"
    where: { id: bot.id },
    data: { folderId: parsed.folderId }, // want "update on \"Bot\" links a \"Folder\" by \"folderId\" alone"
  });
}

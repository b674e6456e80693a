import { moveBot, renameBot } from "./owncopy-steps";

type Bot = { id: string; name: string; folderId: string | null; version: string };

// Every return hands back the bot it is passed, or a copy of it that a
// step of another file made without touching its folder.
export const migrateBot = async (bot: Bot): Promise<{ bot: Bot; changed: boolean }> => {
  if (bot.version === "2") return { bot, changed: false };
  let migrated: any = bot;
  if (migrated.version === "0") migrated = await renameBot(bot);
  if (migrated.version === "1") migrated = await renameBot(migrated);
  return { bot: migrated, changed: true };
};

// A step that moves the bot into another folder.
export const migrateBotMoving = async (bot: Bot, folderId: string): Promise<{ bot: Bot; changed: boolean }> => {
  if (bot.version === "2") return { bot, changed: false };
  return { bot: await moveBot(bot, folderId), changed: true };
};

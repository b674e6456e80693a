type Bot = { id: string; name: string; folderId: string | null; version: string };

export const renameBot = async (bot: Bot): Promise<Bot> => {
  if (bot.version === "2") return bot;
  return { ...bot, version: "2", name: bot.name.trim() };
};

export const moveBot = async (bot: Bot, folderId: string): Promise<Bot> => ({ ...bot, version: "2", folderId });

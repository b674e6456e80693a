import { z } from "zod";

export const botSchema = z.preprocess(
  (value) => value,
  z.object({ id: z.string(), name: z.string(), folderId: z.string().nullable() }),
);

// Not a schema: its parse is any function.
export const botParser = {
  parse: (bot: { folderId: string | null }) => ({ ...bot, folderId: "elsewhere" }),
};

import { z } from "zod";

export const DashboardDomainSchema = z.object({
  id: z.string(),
  projectId: z.string().nullable(),
  name: z.string(),
  owner: z.enum(["PROJECT", "LANGFUSE"]),
});

// The id is given another value by the schema.
export const RenamedDashboardSchema = z.object({
  id: z.string().transform((id) => `copy-${id}`),
  projectId: z.string().nullable(),
  name: z.string(),
});

export const PreprocessedDashboardSchema = z.preprocess(
  (v) => ({ ...(v as object), id: "other" }),
  z.object({ id: z.string(), name: z.string() }),
);

import type { deleteHandler } from "./delete.handler";
type Cache = {
  metadata?: typeof import("./metadata.handler").metadataHandler;
  remove?: typeof deleteHandler;
};
export const cache: Cache = {};

// Another router's handler that happens to share a name; it calls nothing.
export const createHandler = async () => null;
export function metadataHandler() {
  return null;
}
// Its own default export names its own function, not quiet/create.handler.ts's.
export default createHandler;

// A file left unclosed (a pull request's half-written edit) // want "cannot parse the code here"
// is read by tree-sitter as one error, and a call outside any function must
// still be judged, in the module's scope, not crash the run.
declare const db: any;
declare const kit: { id: string };
await db.$transaction(async (tx: any) => {
  await tx.assetKit.deleteMany({ where: { kitId: kit.id } }); // want "deleteMany on tenant-scoped \"AssetKit\" does not filter"

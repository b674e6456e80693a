// A directive that silences type errors lets a refused call compile: it is
// judged as a query.
export async function sdkObjects(props: any, name: string) {
  // @ts-expect-error: the where is filled by a query extension
  await props.project.update({ name }); // want "update on tenant-scoped \"Project\" has no where"
  await props.project.delete(); // want "delete on tenant-scoped \"Project\" has no where"
}

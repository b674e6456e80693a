// @ts-nocheck
// The whole file is unchecked: a refused call may compile anywhere in it.
export async function sdkObjectsUnchecked(props: any, name: string) {
  await props.project.update({ name }); // want "update on tenant-scoped \"Project\" has no where"

  await props.project.delete(); // want "delete on tenant-scoped \"Project\" has no where"
}

// Without types, only the client's own check would refuse the call: it is
// judged as a query.
export async function sdkObjects(props, name) {
  await props.project.update({ name }); // want "update on tenant-scoped \"Project\" has no where"
  await props.project.delete(); // want "delete on tenant-scoped \"Project\" has no where"
}

// A directive that silences type errors lets a refused call compile: it is
// judged as a query. `@ts-ignore` and `@ts-expect-error` silence the next
// line only: the line before the call or a line of it.
export async function sdkObjects(props: any, name: string) {
  // @ts-expect-error: the where is filled by a query extension
  await props.project.update({ name }); // want "update on tenant-scoped \"Project\" has no where"
  // @ts-ignore
  await props.project.delete(); // want "delete on tenant-scoped \"Project\" has no where"
  await props.project.update({ // want "update on tenant-scoped \"Project\" has no where"
    // @ts-ignore
    data: { name },
  });
}

// A directive elsewhere in the file silences nothing on a call it does not
// reach: an SDK's objects, whose calls no Prisma client takes.
export async function sdkObjectsFarFromDirective(props: any, name: string) {
  await props.project.update({ name });

  await props.project.delete();
}

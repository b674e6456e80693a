declare function use(value: unknown): void;
declare const client: any;
type SdkDocument = { id: string; title: string; update(values: object): Promise<void>; publish(): Promise<void> };

// An SDK's document in a component's props: TypeScript compiles
// view.document.title only on a type that is no model client, so its update
// sends no query, and handing the value out hands out no client.
export function DocumentCard(view: { document: SdkDocument; open: boolean }) {
  use(view.document);
  return <button onClick={async () => { await view.document.update({ title: view.document.title }); }}>{view.document.id}</button>;
}

export function DocumentForm(view: { document: SdkDocument }) {
  return async (values: object) => {
    await view.document.update(values);
    use(<p>{view.document?.title}</p>);
  };
}

// Near misses: a type written out or not named, no property read (a call
// may be a method an extension adds), a read a model client has, a read of
// another binding, or the name bound again. The hand-out of such a client
// is still a notice.
export function writtenType(card: { document: { title: string; update(values: object): Promise<void> } }, values: object) {
  use(card.document.title);
  return card.document.update(values); // want "cannot see the where of update on tenant-scoped \"Document\""
}

export function anyType(card: { document: any }, values: object) {
  use(card.document.title);
  return card.document.update(values); // want "cannot see the where of update on tenant-scoped \"Document\""
}

export async function onlyCalled(card: { document: SdkDocument }, values: object) {
  use(card.document); // want "cannot follow the \"Document\" client handed out here"
  await card.document.publish();
  await card.document.update(values); // want "cannot see the where of update on tenant-scoped \"Document\""
}

export function clientRead(card: { document: SdkDocument }, values: object) {
  use(card.document.fields);
  return card.document.update(values); // want "cannot see the where of update on tenant-scoped \"Document\""
}

export function innerParameter(card: { document: SdkDocument }, values: object) {
  use((card: any) => card.document.title);
  return card.document.update(values); // want "cannot see the where of update on tenant-scoped \"Document\""
}

export function assigned(card: { document: SdkDocument }, values: object) {
  use(card.document.title);
  card = client;
  return card.document.update(values); // want "cannot see the where of update on tenant-scoped \"Document\""
}

export function optional(card?: { document: SdkDocument }, values?: object) {
  use(card?.document.title);
  return card?.document.update(values); // want "cannot see the where of update on tenant-scoped \"Document\""
}

// Keys of documents, read from their fields only.
export function documentKey(doc: { id: string; sheet: boolean }) {
  return `${doc.sheet ? "sheet" : "doc"}:${doc.id}`;
}

// The same key, written into the row first.
export function stampedKey(doc: { id: string; sheet: boolean }) {
  doc.id = `${doc.id}-stamped`;
  return doc.id;
}

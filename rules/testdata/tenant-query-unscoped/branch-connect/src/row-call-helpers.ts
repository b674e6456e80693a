type Row = { name: string; parentId: number | null };

// Detaches the row it is given from its parent.
export function clearParent(row: Row) {
  row.parentId = null;
}

// Reads the row's fields only.
export function parentName(row: Row) {
  return row.parentId === null ? "" : row.name;
}

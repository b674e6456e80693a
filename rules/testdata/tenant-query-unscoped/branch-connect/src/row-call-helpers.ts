import { audit, auditing } from "./audit";

type Row = { name: string; parentId: number | null };

// Detaches the row it is given from its parent.
export function clearParent(row: Row) {
  row.parentId = null;
}

// Reads the row's fields only.
export function parentName(row: Row) {
  return row.parentId === null ? "" : row.name;
}

// Each writes the row's parent after handing the row to code of a module
// the rule cannot read: the write is in plain sight all the same.
export function clearParentAudited(row: Row) {
  audit(row);
  row.parentId = null;
}

export function clearParentDeep(row: Row) {
  auditing.deep.record(row);
  row.parentId = null;
}

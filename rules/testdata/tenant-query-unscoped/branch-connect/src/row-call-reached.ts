import { prisma } from "./db";
import * as _ from "lodash";
import merge from "lodash/merge";
import { merge as mergedCopy } from "lodash/fp";

type Row = { id: number; name: string; parentId: number | null };

// The row's parent set in ways no list of writes names: by Reflect or
// defineProperty, through an array literal, an alias, a bracket, a
// destructuring target, a Map, or a helper that does so or hands the row
// on to one that does.
function reparent(row: Row, parentId: number) {
  row.parentId = parentId;
}
function setByReflect(row: Row, parentId: number) {
  Reflect.set(row, "parentId", parentId);
}
function setByDefine(row: Row, parentId: number) {
  Object.defineProperty(row, "parentId", { value: parentId });
}
function setThroughLiteral(row: Row, parentId: number) {
  [row].forEach((r) => (r.parentId = parentId));
}
function setThroughAlias(row: Row, parentId: number) {
  const r = row ?? ({} as Row);
  r.parentId = parentId;
}
function setByPattern(row: Row, parentId: number) {
  ({ parentId: row.parentId } = { parentId });
}
function setThroughCopiedLiteral(row: Row, parentId: number) {
  Array.from([row])[0].parentId = parentId;
}
function setFirstOfRest(...rows: Row[]) {
  rows[0].parentId = 0;
}
function setByArguments(row: Row, parentId: number) {
  (arguments[0] as Row).parentId = parentId;
}
function setByLodash(row: Row, parentId: number) {
  _.set(row, "parentId", parentId);
}
function setByMerge(row: Row, parentId: number) {
  merge(row, { parentId });
}
function setThroughPushed(row: Row, parentId: number) {
  const all: Row[] = [];
  all.push(row);
  all[0].parentId = parentId;
}
let lastRow: Row | undefined;
function rememberRow(row: Row) {
  lastRow = row;
}
function moveLastRow(parentId: number) {
  lastRow!.parentId = parentId;
}
function setOn(row: Row, parentId: number) {
  reparent(row, parentId);
}

export async function byReflect(userId: number, id: number, to: number) {
  const child = await prisma.collection.findFirst({ where: { id, ownerId: userId } });
  if (!child || !child.parentId) return;
  Reflect.set(child, "parentId", to);
  await prisma.collection.update({ where: { id: child.parentId }, data: { name: "x" } }); // want "update on tenant-scoped \"Collection\" does not filter by the tenant"
}

export async function byDefine(userId: number, id: number, to: number) {
  const child = await prisma.collection.findFirst({ where: { id, ownerId: userId } });
  if (!child || !child.parentId) return;
  Object.defineProperty(child, "parentId", { value: to });
  await prisma.collection.update({ where: { id: child.parentId }, data: { name: "x" } }); // want "update on tenant-scoped \"Collection\" does not filter by the tenant"
}

export async function helperByReflect(userId: number, id: number, to: number) {
  const child = await prisma.collection.findFirst({ where: { id, ownerId: userId } });
  if (!child || !child.parentId) return;
  setByReflect(child, to);
  await prisma.collection.update({ where: { id: child.parentId }, data: { name: "x" } }); // want "update on tenant-scoped \"Collection\" does not filter by the tenant"
}

export async function helperByDefine(userId: number, id: number, to: number) {
  const child = await prisma.collection.findFirst({ where: { id, ownerId: userId } });
  if (!child || !child.parentId) return;
  setByDefine(child, to);
  await prisma.collection.update({ where: { id: child.parentId }, data: { name: "x" } }); // want "update on tenant-scoped \"Collection\" does not filter by the tenant"
}

export async function helperThroughLiteral(userId: number, id: number, to: number) {
  const child = await prisma.collection.findFirst({ where: { id, ownerId: userId } });
  if (!child || !child.parentId) return;
  setThroughLiteral(child, to);
  await prisma.collection.update({ where: { id: child.parentId }, data: { name: "x" } }); // want "update on tenant-scoped \"Collection\" does not filter by the tenant"
}

export async function helperThroughAlias(userId: number, id: number, to: number) {
  const child = await prisma.collection.findFirst({ where: { id, ownerId: userId } });
  if (!child || !child.parentId) return;
  setThroughAlias(child, to);
  await prisma.collection.update({ where: { id: child.parentId }, data: { name: "x" } }); // want "update on tenant-scoped \"Collection\" does not filter by the tenant"
}

export async function helperByPattern(userId: number, id: number, to: number) {
  const child = await prisma.collection.findFirst({ where: { id, ownerId: userId } });
  if (!child || !child.parentId) return;
  setByPattern(child, to);
  await prisma.collection.update({ where: { id: child.parentId }, data: { name: "x" } }); // want "update on tenant-scoped \"Collection\" does not filter by the tenant"
}

export async function helperHandsOn(userId: number, id: number, to: number) {
  const child = await prisma.collection.findFirst({ where: { id, ownerId: userId } });
  if (!child || !child.parentId) return;
  setOn(child, to);
  await prisma.collection.update({ where: { id: child.parentId }, data: { name: "x" } }); // want "update on tenant-scoped \"Collection\" does not filter by the tenant"
}

export async function helperThroughCopiedLiteral(userId: number, id: number, to: number) {
  const child = await prisma.collection.findFirst({ where: { id, ownerId: userId } });
  if (!child || !child.parentId) return;
  setThroughCopiedLiteral(child, to);
  await prisma.collection.update({ where: { id: child.parentId }, data: { name: "x" } }); // want "update on tenant-scoped \"Collection\" does not filter by the tenant"
}

export async function helperRest(userId: number, id: number) {
  const child = await prisma.collection.findFirst({ where: { id, ownerId: userId } });
  if (!child || !child.parentId) return;
  setFirstOfRest(child);
  await prisma.collection.update({ where: { id: child.parentId }, data: { name: "x" } }); // want "update on tenant-scoped \"Collection\" does not filter by the tenant"
}

export async function helperByArguments(userId: number, id: number, to: number) {
  const child = await prisma.collection.findFirst({ where: { id, ownerId: userId } });
  if (!child || !child.parentId) return;
  setByArguments(child, to);
  await prisma.collection.update({ where: { id: child.parentId }, data: { name: "x" } }); // want "update on tenant-scoped \"Collection\" does not filter by the tenant"
}

// lodash's merge, set and assign write fields of their first argument,
// as Object.assign does.
export async function mergedHere(userId: number, id: number, body: Partial<Row>) {
  const child = await prisma.collection.findFirst({ where: { id, ownerId: userId } });
  if (!child || !child.parentId) return;
  _.merge(child, body);
  await prisma.collection.update({ where: { id: child.parentId }, data: { name: "x" } }); // want "update on tenant-scoped \"Collection\" does not filter by the tenant"
}

export async function helperByLodash(userId: number, id: number, to: number) {
  const child = await prisma.collection.findFirst({ where: { id, ownerId: userId } });
  if (!child || !child.parentId) return;
  setByLodash(child, to);
  await prisma.collection.update({ where: { id: child.parentId }, data: { name: "x" } }); // want "update on tenant-scoped \"Collection\" does not filter by the tenant"
}

export async function helperByMerge(userId: number, id: number, to: number) {
  const child = await prisma.collection.findFirst({ where: { id, ownerId: userId } });
  if (!child || !child.parentId) return;
  setByMerge(child, to);
  await prisma.collection.update({ where: { id: child.parentId }, data: { name: "x" } }); // want "update on tenant-scoped \"Collection\" does not filter by the tenant"
}

export async function helperThroughPushed(userId: number, id: number, to: number) {
  const child = await prisma.collection.findFirst({ where: { id, ownerId: userId } });
  if (!child || !child.parentId) return;
  setThroughPushed(child, to);
  await prisma.collection.update({ where: { id: child.parentId }, data: { name: "x" } }); // want "update on tenant-scoped \"Collection\" does not filter by the tenant"
}

export async function helperRemembers(userId: number, id: number, to: number) {
  const child = await prisma.collection.findFirst({ where: { id, ownerId: userId } });
  if (!child || !child.parentId) return;
  rememberRow(child);
  moveLastRow(to);
  await prisma.collection.update({ where: { id: child.parentId }, data: { name: "x" } }); // want "update on tenant-scoped \"Collection\" does not filter by the tenant"
}

// A function declared after the update is hoisted: called before it, it
// moves the row first.
export async function hoistedMove(userId: number, id: number, to: number) {
  const child = await prisma.collection.findFirst({ where: { id, ownerId: userId } });
  if (!child || !child.parentId) return;
  move();
  await prisma.collection.update({ where: { id: child.parentId }, data: { name: "x" } }); // want "update on tenant-scoped \"Collection\" does not filter by the tenant"

  function move() {
    child!.parentId = to;
  }
}

// Twins: helpers that read the row in the same shapes: a field read by
// a bracket, a default taken from it, the row spread, logged, tested,
// given back, compared in a literal, or handed on to one that reads.
function describe(row: Row) {
  const key = "name";
  const { parentId = row.parentId } = { parentId: undefined as number | undefined };
  const copy = { ...row, parentId: 0 };
  copy.parentId = 1;
  console.log({ row }, [row.id], row[key], `${row.name}`);
  if (!row || row.id === parentId) return row;
  return row.toString();
}
function describeOn(row: Row) {
  return describe(row);
}

export async function readOnly(userId: number, id: number) {
  const child = await prisma.collection.findFirst({ where: { id, ownerId: userId } });
  if (!child || !child.parentId) return;
  describeOn(child);
  Reflect.get(child, "parentId");
  await prisma.collection.update({ where: { id: child.parentId }, data: { name: "x" } });
}

// Twin: the function declared after the update reads the row only.
export async function hoistedRead(userId: number, id: number) {
  const child = await prisma.collection.findFirst({ where: { id, ownerId: userId } });
  if (!child || !child.parentId) return;
  report();
  await prisma.collection.update({ where: { id: child.parentId }, data: { name: "x" } });

  function report() {
    console.log(child!.parentId);
  }
}

// Twin: a helper whose rest parameter is only logged and counted.
function logRows(...rows: Row[]) {
  console.log(rows.length, ...rows);
}

export async function helperRestRead(userId: number, id: number) {
  const child = await prisma.collection.findFirst({ where: { id, ownerId: userId } });
  if (!child || !child.parentId) return;
  logRows(child);
  await prisma.collection.update({ where: { id: child.parentId }, data: { name: "x" } });
}

// Twin: lodash functions that read the row, or give a merged copy
// (lodash/fp leaves its arguments as they are).
export async function lodashReads(userId: number, id: number, body: Partial<Row>) {
  const child = await prisma.collection.findFirst({ where: { id, ownerId: userId } });
  if (!child || !child.parentId) return;
  const changed = !_.isEqual(child, body) && _.pick(child, ["name"]);
  const copy = mergedCopy(child, body);
  console.log(changed, copy, _.merge({}, child, body));
  await prisma.collection.update({ where: { id: child.parentId }, data: { name: "x" } });
}

// Twin: a helper that wraps the row in an object of a class, as a
// response DTO does; a constructor the rule cannot read is trusted as a
// call is.
class RowView {
  constructor(readonly row: Row) {}
}
function present(row: Row) {
  return new RowView(row);
}

export async function helperConstructs(userId: number, id: number) {
  const child = await prisma.collection.findFirst({ where: { id, ownerId: userId } });
  if (!child || !child.parentId) return;
  present(child);
  await prisma.collection.update({ where: { id: child.parentId }, data: { name: "x" } });
}

// Twin: a helper that collects the row into a list it only counts and
// gives back.
function collected(row: Row) {
  const all: Row[] = [];
  all.push(row);
  console.log(all.length);
  return all;
}

export async function helperCollects(userId: number, id: number) {
  const child = await prisma.collection.findFirst({ where: { id, ownerId: userId } });
  if (!child || !child.parentId) return;
  collected(child);
  await prisma.collection.update({ where: { id: child.parentId }, data: { name: "x" } });
}

// An update kept to run later sees the row moved before it is called.
export async function movedBeforeLater(userId: number, id: number, to: number) {
  const child = await prisma.collection.findFirst({ where: { id, ownerId: userId } });
  if (!child || !child.parentId) return;
  const rename = () => prisma.collection.update({ where: { id: child.parentId! }, data: { name: "x" } }); // want "update on tenant-scoped \"Collection\" does not filter by the tenant"
  reparent(child, to);
  await rename();
}

export async function movedInTimer(userId: number, id: number, to: number) {
  const child = await prisma.collection.findFirst({ where: { id, ownerId: userId } });
  if (!child || !child.parentId) return;
  setTimeout(() => prisma.collection.update({ where: { id: child.parentId! }, data: { name: "x" } }), 10); // want "update on tenant-scoped \"Collection\" does not filter by the tenant"
  child.parentId = to;
}

// Twin: the update kept is awaited before the row is moved.
export async function movedAfterLater(userId: number, id: number, to: number) {
  const child = await prisma.collection.findFirst({ where: { id, ownerId: userId } });
  if (!child || !child.parentId) return;
  const rename = () => prisma.collection.update({ where: { id: child.parentId! }, data: { name: "x" } });
  await rename();
  reparent(child, to);
}

// A class of the file whose constructor moves the row it is given.
class Detacher {
  constructor(row: Row) {
    row.parentId = null;
  }
}
function detachedView(row: Row) {
  return new Detacher(row);
}

export async function helperConstructsMover(userId: number, id: number) {
  const child = await prisma.collection.findFirst({ where: { id, ownerId: userId } });
  if (!child || !child.parentId) return;
  detachedView(child);
  await prisma.collection.update({ where: { id: child.parentId }, data: { name: "x" } }); // want "update on tenant-scoped \"Collection\" does not filter by the tenant"
}

export async function constructsMover(userId: number, id: number) {
  const child = await prisma.collection.findFirst({ where: { id, ownerId: userId } });
  if (!child || !child.parentId) return;
  new Detacher(child);
  await prisma.collection.update({ where: { id: child.parentId }, data: { name: "x" } }); // want "update on tenant-scoped \"Collection\" does not filter by the tenant"
}

// Twin: the row wrapped where it was found, by a constructor that keeps it.
export async function constructsView(userId: number, id: number) {
  const child = await prisma.collection.findFirst({ where: { id, ownerId: userId } });
  if (!child || !child.parentId) return;
  console.log(new RowView(child));
  await prisma.collection.update({ where: { id: child.parentId }, data: { name: "x" } });
}

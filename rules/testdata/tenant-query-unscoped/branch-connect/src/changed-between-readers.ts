import { prisma } from "./db";
import { labelOf, resetParent } from "./readers";
import { describeBody } from "readers";
import { unknownHelper } from "./missing";

type Body = { name: string; parentId: number; meta: { tag: string } };
type Input = { name: string; data: Body };

// Reads two fields of the body.
function describe(body: Body) {
  return `${body.name} in ${body.parentId}`;
}
// Reads a field, but also sets one.
function describeAndReset(body: Body) {
  const text = `${body.name}`;
  body.parentId = 0;
  return text;
}
// Reads a field, then hands the body on to a call it does not show.
function describeAndSend(body: Body) {
  send(body);
  return body.name;
}
declare function send(value: unknown): void;
// Reads the body's part, which it then hands on whole.
function describeInput(input: Input) {
  send(input.data);
  return input.name;
}

// Given to a helper of the file that only reads its fields.
export async function fileReader(userId: number, collectionId: number, data: Body) {
  const parent = await prisma.collection.findFirst({ where: { id: data.parentId, ownerId: userId } });
  if (!parent) return { status: 404 };
  const label = describe(data);
  await prisma.collection.update({ where: { id: collectionId, ownerId: userId }, data: { name: label, parent: { connect: { id: data.parentId } } } });
}

// Given to an imported helper that only reads, inside a log.
export async function importedReader(userId: number, collectionId: number, data: Body) {
  const parent = await prisma.collection.findFirst({ where: { id: data.parentId, ownerId: userId } });
  if (!parent) return { status: 404 };
  console.log(labelOf(data));
  await prisma.collection.update({ where: { id: collectionId, ownerId: userId }, data: { parent: { connect: { id: data.parentId } } } });
}

// Given to read-only built-ins.
export async function builtIns(userId: number, collectionId: number, data: Body) {
  const parent = await prisma.collection.findFirst({ where: { id: data.parentId, ownerId: userId } });
  if (!parent) return { status: 404 };
  console.info("moving", data);
  const text = JSON.stringify(data);
  await prisma.collection.update({ where: { id: collectionId, ownerId: userId }, data: { name: text, parent: { connect: { id: data.parentId } } } });
}

// A helper that sets a field of what it is given.
export async function fileWriter(userId: number, collectionId: number, data: Body) {
  const parent = await prisma.collection.findFirst({ where: { id: data.parentId, ownerId: userId } });
  if (!parent) return { status: 404 };
  const label = describeAndReset(data);
  await prisma.collection.update({ where: { id: collectionId, ownerId: userId }, data: { name: label, parent: { connect: { id: data.parentId } } } }); // want "update on \"Collection\" links a \"Collection\" by \\{ id \\} alone"
}

// An imported helper that sets a field.
export async function importedWriter(userId: number, collectionId: number, data: Body) {
  const parent = await prisma.collection.findFirst({ where: { id: data.parentId, ownerId: userId } });
  if (!parent) return { status: 404 };
  resetParent(data);
  await prisma.collection.update({ where: { id: collectionId, ownerId: userId }, data: { parent: { connect: { id: data.parentId } } } }); // want "update on \"Collection\" links a \"Collection\" by \\{ id \\} alone"
}

// A helper that hands the body on to a call it does not show.
export async function passedOn(userId: number, collectionId: number, data: Body) {
  const parent = await prisma.collection.findFirst({ where: { id: data.parentId, ownerId: userId } });
  if (!parent) return { status: 404 };
  const label = describeAndSend(data);
  await prisma.collection.update({ where: { id: collectionId, ownerId: userId }, data: { name: label, parent: { connect: { id: data.parentId } } } }); // want "update on \"Collection\" links a \"Collection\" by \\{ id \\} alone"
}

// A helper of node_modules, which is not read.
export async function packaged(userId: number, collectionId: number, data: Body) {
  const parent = await prisma.collection.findFirst({ where: { id: data.parentId, ownerId: userId } });
  if (!parent) return { status: 404 };
  const label = describeBody(data);
  await prisma.collection.update({ where: { id: collectionId, ownerId: userId }, data: { name: label, parent: { connect: { id: data.parentId } } } }); // want "update on \"Collection\" links a \"Collection\" by \\{ id \\} alone"
}

// A helper imported from a file that is not there.
export async function unresolved(userId: number, collectionId: number, data: Body) {
  const parent = await prisma.collection.findFirst({ where: { id: data.parentId, ownerId: userId } });
  if (!parent) return { status: 404 };
  const label = unknownHelper(data);
  await prisma.collection.update({ where: { id: collectionId, ownerId: userId }, data: { name: label, parent: { connect: { id: data.parentId } } } }); // want "update on \"Collection\" links a \"Collection\" by \\{ id \\} alone"
}

// The holder of the body goes to a helper that hands that body on.
export async function partHandedOn(userId: number, collectionId: number, input: Input) {
  const parent = await prisma.collection.findFirst({ where: { id: input.data.parentId, ownerId: userId } });
  if (!parent) return { status: 404 };
  const label = describeInput(input);
  await prisma.collection.update({ where: { id: collectionId, ownerId: userId }, data: { name: label, parent: { connect: { id: input.data.parentId } } } }); // want "update on \"Collection\" links a \"Collection\" by \\{ id \\} alone"
}

// What a reading helper made of it goes on to a call that may do anything.
export async function readThenSent(userId: number, collectionId: number, data: Body) {
  const parent = await prisma.collection.findFirst({ where: { id: data.parentId, ownerId: userId } });
  if (!parent) return { status: 404 };
  send(describe(data));
  await prisma.collection.update({ where: { id: collectionId, ownerId: userId }, data: { parent: { connect: { id: data.parentId } } } });
}

// Given whole to a call that may do anything, beside a reading helper.
export async function readAndSent(userId: number, collectionId: number, data: Body) {
  const parent = await prisma.collection.findFirst({ where: { id: data.parentId, ownerId: userId } });
  if (!parent) return { status: 404 };
  send([describe(data), data]);
  await prisma.collection.update({ where: { id: collectionId, ownerId: userId }, data: { parent: { connect: { id: data.parentId } } } }); // want "update on \"Collection\" links a \"Collection\" by \\{ id \\} alone"
}

import cuid from "cuid";
import { prisma } from "./db";

declare function send(code: string): Promise<void>;
declare function record(code: string): Promise<void>;

// A code made here, given only to the connectOrCreate's where and create
// (Chaindesk's email verification): no row holds it before this write,
// so the connect finds none and the invite is created under the project.
export async function invite(projectId: string, workspaceId: string) {
  const code = cuid();
  await prisma.project.update({ where: { id: projectId, workspaceId }, data: { invites: { connectOrCreate: { where: { code }, create: { id: cuid(), code } } } } });
  await send(code);
}

// Near misses: the code handed to a call before the write (which may
// create a row with it anywhere), a code from the caller, a create that
// gives another code.
export async function handedFirst(projectId: string, workspaceId: string) {
  const code = cuid();
  await record(code);
  await prisma.project.update({ where: { id: projectId, workspaceId }, data: { invites: { connectOrCreate: { where: { code }, create: { id: cuid(), code } } } } }); // want "update on \"Project\" links a \"Invite\" by { code } alone"
}

export async function givenCode(projectId: string, workspaceId: string, code: string) {
  await prisma.project.update({ where: { id: projectId, workspaceId }, data: { invites: { connectOrCreate: { where: { code }, create: { id: cuid(), code } } } } }); // want "update on \"Project\" links a \"Invite\" by { code } alone"
}

export async function otherCreated(projectId: string, workspaceId: string) {
  const code = cuid();
  await prisma.project.update({ where: { id: projectId, workspaceId }, data: { invites: { connectOrCreate: { where: { code }, create: { id: cuid(), code: cuid() } } } } }); // want "update on \"Project\" links a \"Invite\" by { code } alone"
}

// Near misses: a write not awaited where it stands runs when it is
// awaited, so a call given the code after it may run first: the write
// kept in a const, or given to Promise.all beside the call.
export async function keptFirst(projectId: string, workspaceId: string) {
  const code = cuid();
  const write = prisma.project.update({ where: { id: projectId, workspaceId }, data: { invites: { connectOrCreate: { where: { code }, create: { id: cuid(), code } } } } }); // want "update on \"Project\" links a \"Invite\" by { code } alone"
  await record(code);
  await write;
}

export async function together(projectId: string, workspaceId: string) {
  const code = cuid();
  await Promise.all([prisma.project.update({ where: { id: projectId, workspaceId }, data: { invites: { connectOrCreate: { where: { code }, create: { id: cuid(), code } } } } }), record(code)]); // want "update on \"Project\" links a \"Invite\" by { code } alone"
}

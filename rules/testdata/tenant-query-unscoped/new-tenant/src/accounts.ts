import { prisma } from "./db";

// The rows a new account is created with are that account's: its owner
// joins each of its channels.
export async function createAccount(email: string, names: string[]) {
  const newAccount = await prisma.account.create({
    select: { id: true, users: true, channels: true },
    data: {
      users: { create: { id: email } },
      channels: { createMany: { data: names.map((n) => ({ id: n })) } },
    },
  });
  const ownerUser = newAccount.users?.shift();
  if (newAccount.channels.length && ownerUser?.id)
    await prisma.membership.createMany({
      data: newAccount.channels.map((c) => ({ channelsId: c.id, usersId: ownerUser.id })),
    });
  return newAccount;
}

// A channel of another account put in the list first.
export async function createAccountWith(email: string, other: { id: string }) {
  const newAccount = await prisma.account.create({ select: { id: true, users: true, channels: true }, data: {} });
  newAccount.channels.push(other as any);
  const ownerUser = newAccount.users[0];
  await prisma.membership.createMany({
    data: newAccount.channels.map((c) => ({ channelsId: c.id, usersId: ownerUser.id })), // want "createMany on \"Membership\" links a \"Channel\" by \"channelsId\" alone" "createMany on \"Membership\" links a \"User\" by \"usersId\" alone"
  });
}

// The list replaced by another.
export async function createAccountReplaced(email: string, others: { id: string }[]) {
  const newAccount = await prisma.account.create({ select: { id: true, users: true, channels: true }, data: {} });
  newAccount.channels = others as any;
  const ownerUser = newAccount.users.pop();
  await prisma.membership.createMany({
    data: newAccount.channels.map((c) => ({ channelsId: c.id, usersId: ownerUser!.id })), // want "createMany on \"Membership\" links a \"Channel\" by \"channelsId\" alone" "createMany on \"Membership\" links a \"User\" by \"usersId\" alone"
  });
}

// Channels an account created may be another account's: the creator is
// not the tenant field.
export async function createAccountCreated(email: string) {
  const newAccount = await prisma.account.create({ select: { id: true, users: true, createdChannels: true }, data: {} }); // want "create on tenant \"Account\" includes its \"createdChannels\", which leaves the account it finds"
  const ownerUser = newAccount.users.shift();
  await prisma.membership.createMany({
    data: newAccount.createdChannels.map((c) => ({ channelsId: c.id, usersId: ownerUser!.id })), // want "createMany on \"Membership\" links a \"Channel\" by \"channelsId\" alone"
  });
}

// A new team is no new tenant: its channels may be any account's.
export async function createTeam(accountId: string, userId: string) {
  const team = await prisma.team.create({ select: { id: true, channels: true }, data: { accountId } });
  await prisma.membership.createMany({
    data: team.channels.map((c) => ({ channelsId: c.id, usersId: userId })), // want "createMany on \"Membership\" links a \"Channel\" by \"channelsId\" alone" "createMany on \"Membership\" links a \"User\" by \"usersId\" alone"
  });
}

// The owner taken from a list the caller gave.
export async function joinAll(email: string, users: { id: string }[]) {
  const newAccount = await prisma.account.create({ select: { id: true, channels: true }, data: {} });
  const ownerUser = users.shift();
  await prisma.membership.createMany({
    data: newAccount.channels.map((c) => ({ channelsId: c.id, usersId: ownerUser!.id })), // want "createMany on \"Membership\" links a \"User\" by \"usersId\" alone"
  });
}

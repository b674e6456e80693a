import { prisma } from "./db";
declare function auth(): Promise<{ organizationId: string }>;
declare function later(f: () => void): void;

// A sibling handler reassigns its own parameter, which only shares the
// name: the write by the input key the first handler compared stays proven.
export function handlers() {
  return {
    complete: async (inputs: { transactionId: string }) => {
      const { organizationId } = await auth();
      const t = await prisma.transaction.findUnique({ where: { id: inputs.transactionId }, include: { action: true } });
      if (!t || t.action.organizationId !== organizationId) return false;
      return prisma.transaction.update({ where: { id: inputs.transactionId }, data: { status: "COMPLETED" } });
    },
    redirect: async (inputs: { transactionId: string; route?: string }) => {
      inputs = { ...inputs, route: "x" };
      return inputs.route;
    },
  };
}

// The same sibling, written as a function declaration with its own parameter.
export function handlersDeclared() {
  async function complete(inputs: { transactionId: string }) {
    const { organizationId } = await auth();
    const t = await prisma.transaction.findUnique({ where: { id: inputs.transactionId }, include: { action: true } });
    if (!t || t.action.organizationId !== organizationId) return false;
    return prisma.transaction.update({ where: { id: inputs.transactionId }, data: { status: "COMPLETED" } });
  }
  function redirect(inputs: { transactionId: string }) {
    inputs = { transactionId: "other" };
    return inputs;
  }
  return { complete, redirect };
}

// Both handlers share the outer parameter: the sibling's assignment may run
// between the check and the write.
export function sharedInputs(inputs: { transactionId: string }) {
  return {
    complete: async () => {
      const { organizationId } = await auth();
      const t = await prisma.transaction.findUnique({ where: { id: inputs.transactionId }, include: { action: true } });
      if (!t || t.action.organizationId !== organizationId) return false;
      return prisma.transaction.update({ where: { id: inputs.transactionId }, data: { status: "COMPLETED" } }); // want "update on tenant-scoped \"Transaction\" does not filter by the tenant"
    },
    redirect: async () => {
      inputs = { transactionId: "other" };
    },
  };
}

// A sibling that sets the key's field on its own parameter may hold the
// very object the first handler checked (a caller may hand both the same
// inputs), so the write stays reported.
export function fieldSetBySibling() {
  return {
    complete: async (inputs: { transactionId: string }) => {
      const { organizationId } = await auth();
      const t = await prisma.transaction.findUnique({ where: { id: inputs.transactionId }, include: { action: true } });
      if (!t || t.action.organizationId !== organizationId) return false;
      return prisma.transaction.update({ where: { id: inputs.transactionId }, data: { status: "COMPLETED" } }); // want "update on tenant-scoped \"Transaction\" does not filter by the tenant"
    },
    redirect: async (inputs: { transactionId: string }) => {
      inputs.transactionId = "other";
    },
  };
}

// The handler's own closure rebinds its parameter: the same binding.
export function ownClosure() {
  return {
    complete: async (inputs: { transactionId: string }) => {
      const { organizationId } = await auth();
      later(() => {
        inputs = { transactionId: "other" };
      });
      const t = await prisma.transaction.findUnique({ where: { id: inputs.transactionId }, include: { action: true } });
      if (!t || t.action.organizationId !== organizationId) return false;
      return prisma.transaction.update({ where: { id: inputs.transactionId }, data: { status: "COMPLETED" } }); // want "update on tenant-scoped \"Transaction\" does not filter by the tenant"
    },
  };
}

// The sibling declares a var of the name in a block of its own. The var is
// the sibling's, but a var's block is not its scope, so the rebinding is
// read as the shared name's (fail closed): the write stays reported.
export function varInSibling(inputs: { transactionId: string }) {
  return {
    complete: async () => {
      const { organizationId } = await auth();
      const t = await prisma.transaction.findUnique({ where: { id: inputs.transactionId }, include: { action: true } });
      if (!t || t.action.organizationId !== organizationId) return false;
      return prisma.transaction.update({ where: { id: inputs.transactionId }, data: { status: "COMPLETED" } }); // want "update on tenant-scoped \"Transaction\" does not filter by the tenant"
    },
    redirect: async (route?: string) => {
      if (route) {
        var inputs = { transactionId: "x" };
        inputs = { transactionId: "other" };
        return inputs;
      }
    },
  };
}

// A var in a block of the handler itself is the handler's binding, the one
// its write reads: rebinding it in a later closure is seen.
export function varInBlock(inputs: { transactionId: string }) {
  return async () => {
    const { organizationId } = await auth();
    if (organizationId) {
      var inputs = { transactionId: "x" };
      later(() => {
        inputs = { transactionId: "other" };
      });
    }
    const t = await prisma.transaction.findUnique({ where: { id: inputs.transactionId }, include: { action: true } });
    if (!t || t.action.organizationId !== organizationId) return false;
    return prisma.transaction.update({ where: { id: inputs.transactionId }, data: { status: "COMPLETED" } }); // want "update on tenant-scoped \"Transaction\" does not filter by the tenant"
  };
}

// A sibling's own let of the name in a block, rebound there: another binding.
export function letInSibling(inputs: { transactionId: string }) {
  return {
    complete: async () => {
      const { organizationId } = await auth();
      const t = await prisma.transaction.findUnique({ where: { id: inputs.transactionId }, include: { action: true } });
      if (!t || t.action.organizationId !== organizationId) return false;
      return prisma.transaction.update({ where: { id: inputs.transactionId }, data: { status: "COMPLETED" } });
    },
    redirect: async () => {
      let inputs = { transactionId: "x" };
      inputs = { transactionId: "other" };
      return inputs;
    },
  };
}

// A sibling whose own parameter hides the name only inside a nested
// function, while the sibling itself rebinds the shared one.
export function hiddenOnlyInside(inputs: { transactionId: string }) {
  return {
    complete: async () => {
      const { organizationId } = await auth();
      const t = await prisma.transaction.findUnique({ where: { id: inputs.transactionId }, include: { action: true } });
      if (!t || t.action.organizationId !== organizationId) return false;
      return prisma.transaction.update({ where: { id: inputs.transactionId }, data: { status: "COMPLETED" } }); // want "update on tenant-scoped \"Transaction\" does not filter by the tenant"
    },
    redirect: async () => {
      const f = (inputs: unknown) => inputs;
      inputs = { transactionId: "other" };
      return f;
    },
  };
}

// A sibling loops over a list with the shared name as its variable,
// declaring none: each element is given to the shared name.
export function loopedInSibling(inputs: { transactionId: string }, list: { transactionId: string }[]) {
  return {
    complete: async () => {
      const { organizationId } = await auth();
      const t = await prisma.transaction.findUnique({ where: { id: inputs.transactionId }, include: { action: true } });
      if (!t || t.action.organizationId !== organizationId) return false;
      return prisma.transaction.update({ where: { id: inputs.transactionId }, data: { status: "COMPLETED" } }); // want "update on tenant-scoped \"Transaction\" does not filter by the tenant"
    },
    redirect: async () => {
      for (inputs of list) {
        inputs = { transactionId: "other" };
      }
    },
  };
}

// The sibling's loop declares its own variable of the name: another binding.
export function ownLoopInSibling(inputs: { transactionId: string }, list: { transactionId: string }[]) {
  return {
    complete: async () => {
      const { organizationId } = await auth();
      const t = await prisma.transaction.findUnique({ where: { id: inputs.transactionId }, include: { action: true } });
      if (!t || t.action.organizationId !== organizationId) return false;
      return prisma.transaction.update({ where: { id: inputs.transactionId }, data: { status: "COMPLETED" } });
    },
    redirect: async () => {
      for (let inputs of list) {
        inputs = { transactionId: "other" };
      }
      try {
        return list;
      } catch (inputs) {
        inputs = null;
      }
    },
  };
}

// Only the loop itself rebinds the shared name, in a sibling.
export function loopOnlyInSibling(inputs: { transactionId: string }, list: { transactionId: string }[]) {
  return {
    complete: async () => {
      const { organizationId } = await auth();
      const t = await prisma.transaction.findUnique({ where: { id: inputs.transactionId }, include: { action: true } });
      if (!t || t.action.organizationId !== organizationId) return false;
      return prisma.transaction.update({ where: { id: inputs.transactionId }, data: { status: "COMPLETED" } }); // want "update on tenant-scoped \"Transaction\" does not filter by the tenant"
    },
    redirect: async () => {
      for (inputs of list) {
        console.log(inputs);
      }
    },
  };
}

// The sibling's own parameter is the loop's variable: another binding.
export function loopOwnParamInSibling() {
  return {
    complete: async (inputs: { transactionId: string }) => {
      const { organizationId } = await auth();
      const t = await prisma.transaction.findUnique({ where: { id: inputs.transactionId }, include: { action: true } });
      if (!t || t.action.organizationId !== organizationId) return false;
      return prisma.transaction.update({ where: { id: inputs.transactionId }, data: { status: "COMPLETED" } });
    },
    redirect: async (inputs: { transactionId: string }, list: { transactionId: string }[]) => {
      for (inputs of list) {
        console.log(inputs);
      }
    },
  };
}

// The checked name is the loop's variable: each turn writes by another
// element's key than the one compared.
export async function loopedAfterCheck(inputs: { transactionId: string }, list: { transactionId: string }[]) {
  const { organizationId } = await auth();
  const t = await prisma.transaction.findUnique({ where: { id: inputs.transactionId }, include: { action: true } });
  if (!t || t.action.organizationId !== organizationId) return false;
  for (inputs of list) {
    await prisma.transaction.update({ where: { id: inputs.transactionId }, data: { status: "COMPLETED" } }); // want "update on tenant-scoped \"Transaction\" does not filter by the tenant"
  }
  return true;
}

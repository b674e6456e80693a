import { prisma } from "./db";

declare function log(x: unknown): void;

// A key checked with the tenant under `if (customerId)`, written under a
// later `if (customerId)` nested deeper, in a callback made after the
// check (Shelf's asset update): that branch runs only when the check ran
// and found the row.
export async function nestedInCallback({ organizationId, id, customerId, move }: { organizationId: string; id: string; customerId?: string; move: boolean }) {
  if (customerId) {
    const customer = await prisma.customer.findFirst({ where: { id: customerId, organizationId } });
    if (!customer) throw new Error("not found");
  }
  await prisma.$transaction(async (tx: any) => {
    if (move) {
      if (customerId) {
        await tx.integration.update({ where: { id, organizationId }, data: { customerId } });
      }
    }
  });
}

// The same under a plain if of a later block, the name a parameter.
export async function nestedInIf(organizationId: string, id: string, customerId: string | undefined, move: boolean) {
  if (customerId) {
    const customer = await prisma.customer.findFirst({ where: { id: customerId, organizationId } });
    if (!customer) throw new Error("not found");
  }
  if (move) {
    if (customerId) {
      await prisma.integration.update({ where: { id, organizationId }, data: { customerId } });
    }
  }
}

// The write is under another test: the check may not have run.
export async function otherTest(organizationId: string, id: string, customerId: string, move: boolean) {
  if (move) {
    const customer = await prisma.customer.findFirst({ where: { id: customerId, organizationId } });
    if (!customer) throw new Error("not found");
  }
  await prisma.$transaction(async (tx: any) => {
    if (customerId) {
      await tx.integration.update({ where: { id, organizationId }, data: { customerId } }); // want "update on \"Integration\" links a \"Customer\" by \"customerId\" alone"
    }
  });
}

// The write is in the test's else branch.
export async function inElse(organizationId: string, id: string, customerId: string | undefined, move: boolean) {
  if (customerId) {
    const customer = await prisma.customer.findFirst({ where: { id: customerId, organizationId } });
    if (!customer) throw new Error("not found");
  }
  if (move) {
    if (customerId) {
      log(customerId);
    } else {
      await prisma.integration.update({ where: { id, organizationId }, data: { customerId } }); // want "update on \"Integration\" links a \"Customer\" by \"customerId\" alone"
    }
  }
}

// The check's branch does not leave when the row is missing.
export async function noExit(organizationId: string, id: string, customerId: string | undefined, move: boolean) {
  if (customerId) {
    const customer = await prisma.customer.findFirst({ where: { id: customerId, organizationId } });
    log(customer);
  }
  if (move) {
    if (customerId) {
      await prisma.integration.update({ where: { id, organizationId }, data: { customerId } }); // want "update on \"Integration\" links a \"Customer\" by \"customerId\" alone"
    }
  }
}

// The parameter is given another value after the check.
export async function assignedParameter(organizationId: string, id: string, customerId: string | undefined, next: string) {
  if (customerId) {
    const customer = await prisma.customer.findFirst({ where: { id: customerId, organizationId } });
    if (!customer) throw new Error("not found");
  }
  customerId = next;
  await prisma.$transaction(async (tx: any) => {
    if (customerId) {
      await tx.integration.update({ where: { id, organizationId }, data: { customerId } }); // want "update on \"Integration\" links a \"Customer\" by \"customerId\" alone"
    }
  });
}

// A function declaration is hoisted: it may be called before the check.
export async function hoisted(organizationId: string, id: string, customerId: string | undefined) {
  if (customerId) {
    const customer = await prisma.customer.findFirst({ where: { id: customerId, organizationId } });
    if (!customer) throw new Error("not found");
  }
  async function write() {
    if (customerId) {
      await prisma.integration.update({ where: { id, organizationId }, data: { customerId } }); // want "update on \"Integration\" links a \"Customer\" by \"customerId\" alone"
    }
  }
  return write;
}

// The write comes before the check, in a callback it made earlier.
export async function callbackBefore(organizationId: string, id: string, customerId: string | undefined) {
  const write = async () => {
    if (customerId) {
      await prisma.integration.update({ where: { id, organizationId }, data: { customerId } }); // want "update on \"Integration\" links a \"Customer\" by \"customerId\" alone"
    }
  };
  if (customerId) {
    const customer = await prisma.customer.findFirst({ where: { id: customerId, organizationId } });
    if (!customer) throw new Error("not found");
  }
  return write;
}

// A name of the callback's own shadows the checked one.
export async function shadowed(organizationId: string, id: string, customerId: string | undefined) {
  if (customerId) {
    const customer = await prisma.customer.findFirst({ where: { id: customerId, organizationId } });
    if (!customer) throw new Error("not found");
  }
  await prisma.$transaction(async (customerId: string) => {
    if (customerId) {
      await prisma.integration.update({ where: { id, organizationId }, data: { customerId } }); // want "update on \"Integration\" links a \"Customer\" by \"customerId\" alone"
    }
  });
}

// A module's binding may be changed by other code while this one awaits.
let current: string | undefined;
export function choose(next: string) {
  current = next;
}
export async function moduleBinding(organizationId: string, id: string) {
  if (current) {
    const customer = await prisma.customer.findFirst({ where: { id: current, organizationId } });
    if (!customer) throw new Error("not found");
  }
  await prisma.$transaction(async (tx: any) => {
    if (current) {
      await tx.integration.update({ where: { id, organizationId }, data: { customerId: current } }); // want "update on \"Integration\" links a \"Customer\" by \"customerId\" alone"
    }
  });
}

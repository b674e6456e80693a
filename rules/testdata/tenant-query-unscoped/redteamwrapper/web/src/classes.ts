// A class's static method that runs the callback.
export class Limits {
  static async createWithin<T>({ prisma, create }: { prisma: any; create: (tx: any) => Promise<T> }): Promise<T> {
    return create(prisma);
  }
}

// Overloaded: the implementation is what runs.
export async function overloaded<T>(options: { prisma: any; create: (tx: any) => Promise<T> }): Promise<T>;
export async function overloaded<T>(options: { prisma: any; create: (tx: any) => Promise<T>; existing: T }): Promise<T>;
export async function overloaded<T>({ prisma, existing, create }: { prisma: any; existing?: T; create: (tx: any) => Promise<T> }): Promise<T> {
  if (existing) return existing;
  return create(prisma);
}

export { withLimit as renamedLimit } from "./wrappers";

import { PrismaClient } from '@prisma/client';
import { B0 } from './b';

export async function useB0(prisma: PrismaClient, tenant: string, k: string, seen: unknown): Promise<B0 | string> {
  const svc: B0 = new B0(prisma, tenant);
  await svc.viaHelper(k);
  if (seen instanceof B0) return B0.name;
  return svc;
}

export const prisma: any = null;
export const fromHex = (s: string) => Buffer.from(s, "hex");

import run from "./swap";
export const forgeSwap = (userId: string) => run({ ctx: { session: { user: { id: userId } } } } as any);

import run from "./swap2";
export const forgeSwap2 = (userId: string) => run({ ctx: { session: { user: { id: userId } } } } as any);

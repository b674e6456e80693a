import run from "./top-rebind";
export const forgeTop = (userId: string) => run({ ctx: { session: { user: { id: userId } } } } as any);

export const helper56 = () => 56;

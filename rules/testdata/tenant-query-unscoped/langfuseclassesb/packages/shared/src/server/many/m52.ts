export const helper52 = () => 52;

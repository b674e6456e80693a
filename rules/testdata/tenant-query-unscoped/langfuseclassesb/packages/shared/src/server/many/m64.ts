export const helper64 = () => 64;

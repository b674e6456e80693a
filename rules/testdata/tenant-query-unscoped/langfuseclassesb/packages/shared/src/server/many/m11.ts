export const helper11 = () => 11;

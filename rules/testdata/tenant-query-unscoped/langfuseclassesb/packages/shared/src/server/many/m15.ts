export const helper15 = () => 15;

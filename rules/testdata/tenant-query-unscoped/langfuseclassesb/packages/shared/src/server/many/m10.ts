export const helper10 = () => 10;

export const helper13 = () => 13;

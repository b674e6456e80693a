export const helper01 = () => 01;

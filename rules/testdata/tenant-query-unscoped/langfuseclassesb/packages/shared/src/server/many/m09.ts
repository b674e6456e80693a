export const helper09 = () => 09;

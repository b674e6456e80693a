export const helper41 = () => 41;

export const helper14 = () => 14;

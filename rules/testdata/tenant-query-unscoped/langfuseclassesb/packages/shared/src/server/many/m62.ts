export const helper62 = () => 62;

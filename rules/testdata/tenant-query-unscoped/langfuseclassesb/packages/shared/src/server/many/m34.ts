export const helper34 = () => 34;

export const helper29 = () => 29;

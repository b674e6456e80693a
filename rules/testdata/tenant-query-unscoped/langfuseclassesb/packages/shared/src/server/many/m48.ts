export const helper48 = () => 48;

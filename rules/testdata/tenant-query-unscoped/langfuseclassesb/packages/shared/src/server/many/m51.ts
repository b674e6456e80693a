export const helper51 = () => 51;

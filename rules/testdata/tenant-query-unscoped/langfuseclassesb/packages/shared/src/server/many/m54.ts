export const helper54 = () => 54;

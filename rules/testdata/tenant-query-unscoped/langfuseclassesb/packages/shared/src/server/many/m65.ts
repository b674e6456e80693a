export const helper65 = () => 65;

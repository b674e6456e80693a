export const helper80 = () => 80;

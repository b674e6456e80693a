export const helper16 = () => 16;

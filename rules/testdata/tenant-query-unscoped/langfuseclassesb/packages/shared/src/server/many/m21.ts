export const helper21 = () => 21;

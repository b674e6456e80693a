export const helper03 = () => 03;

export const helper07 = () => 07;

export const helper28 = () => 28;

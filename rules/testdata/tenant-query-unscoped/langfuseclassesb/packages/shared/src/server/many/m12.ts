export const helper12 = () => 12;

export const helper02 = () => 02;

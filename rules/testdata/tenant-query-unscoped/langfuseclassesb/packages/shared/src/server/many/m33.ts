export const helper33 = () => 33;

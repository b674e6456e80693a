export const helper72 = () => 72;

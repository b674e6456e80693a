export const helper67 = () => 67;

export const helper70 = () => 70;

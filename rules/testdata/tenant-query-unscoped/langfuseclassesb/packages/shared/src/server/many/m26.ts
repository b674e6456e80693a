export const helper26 = () => 26;

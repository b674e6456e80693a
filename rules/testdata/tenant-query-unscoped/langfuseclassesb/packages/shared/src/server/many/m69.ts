export const helper69 = () => 69;

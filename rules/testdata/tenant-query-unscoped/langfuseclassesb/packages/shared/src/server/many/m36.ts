export const helper36 = () => 36;

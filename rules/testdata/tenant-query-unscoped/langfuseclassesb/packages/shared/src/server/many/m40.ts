export const helper40 = () => 40;

export const helper50 = () => 50;

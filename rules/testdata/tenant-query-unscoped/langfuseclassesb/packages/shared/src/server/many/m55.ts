export const helper55 = () => 55;

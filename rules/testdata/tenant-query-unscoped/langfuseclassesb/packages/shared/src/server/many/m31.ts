export const helper31 = () => 31;

export const helper74 = () => 74;

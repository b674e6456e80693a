export const helper32 = () => 32;

export const helper24 = () => 24;

export const helper75 = () => 75;

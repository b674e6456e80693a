export const helper17 = () => 17;

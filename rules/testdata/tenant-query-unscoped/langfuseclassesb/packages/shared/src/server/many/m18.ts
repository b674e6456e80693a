export const helper18 = () => 18;

export const helper37 = () => 37;

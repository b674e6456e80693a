export const helper27 = () => 27;

export const helper44 = () => 44;

export const helper71 = () => 71;

export const helper30 = () => 30;

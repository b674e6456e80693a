export const helper78 = () => 78;

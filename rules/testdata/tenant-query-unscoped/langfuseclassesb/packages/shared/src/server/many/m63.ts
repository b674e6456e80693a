export const helper63 = () => 63;

export const helper60 = () => 60;

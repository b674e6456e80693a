export const helper61 = () => 61;

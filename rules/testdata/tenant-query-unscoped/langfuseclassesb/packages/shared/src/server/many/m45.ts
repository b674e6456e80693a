export const helper45 = () => 45;

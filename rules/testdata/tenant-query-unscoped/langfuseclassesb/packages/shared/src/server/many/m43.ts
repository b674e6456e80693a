export const helper43 = () => 43;

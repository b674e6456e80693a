export const other: any = {};

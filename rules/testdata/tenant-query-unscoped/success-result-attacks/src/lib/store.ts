let held: string[] = [];

export function remember(list: string[]) {
  held = list;
}

export async function flush(extra: string) {
  held.push(extra);
}

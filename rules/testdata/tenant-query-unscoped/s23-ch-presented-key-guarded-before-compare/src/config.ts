// A module whose exported let another module reads live.
export let liveKey: string | null = process.env.KEY ?? null;
export function clearKey() { liveKey = null; }

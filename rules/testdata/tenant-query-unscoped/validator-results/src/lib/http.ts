export function respond(error: string, status: number) {
  return { error, status };
}

export async function session(): Promise<{ user: { id: string }; activeId: string | null } | null> {
  return null;
}

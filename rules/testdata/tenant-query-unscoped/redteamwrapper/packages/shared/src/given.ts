// Gives back the ids it is handed, of any project.
export const getAutomations = async ({ ids }: { projectId: string; ids?: string[] }) => (ids ?? []).map((id) => ({ id }));

type Body = { name: string; parentId: number };

// Only reads the fields of what it is given.
export function labelOf(body: Body) {
  return `${body.name} (${body.parentId})`;
}

// Writes the parent of what it is given.
export function resetParent(body: Body) {
  body.parentId = 0;
}

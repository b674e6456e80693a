export function patch(target: object, body: object) {
  Object?.assign(target, body);
}

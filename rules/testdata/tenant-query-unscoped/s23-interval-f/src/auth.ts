// Code the rule does not read: an application's auth and logging.
export { hasPermission, generateKey, remember, stamp } from "./authimpl";
export { logger } from "./authimpl";

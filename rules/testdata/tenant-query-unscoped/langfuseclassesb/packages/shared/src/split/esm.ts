export { getAutomations } from "../server/repositories/automation-repository";

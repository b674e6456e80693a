export { getAutomations } from "../../shared/src/server/repositories/automation-repository";

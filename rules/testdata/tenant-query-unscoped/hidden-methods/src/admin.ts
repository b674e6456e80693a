import { BoardService } from "./access";

export class AdminBoardService extends BoardService {
  override async findOwned(_organizationId: string, id: string) {
    return { id, organizationId: "", name: "" };
  }
}

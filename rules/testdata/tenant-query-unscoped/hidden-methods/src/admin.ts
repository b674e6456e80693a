import { BoardService, ColumnService } from "./access";

export class AdminBoardService extends BoardService {
  override async findOwned(_organizationId: string, id: string) {
    return { id, organizationId: "", name: "" };
  }
}

export class CachedColumnService extends ColumnService {
  private cache = new Map<string, { id: string; organizationId: string; name: string }>();

  override async requireOwn(id: string, _organizationId: string) {
    return this.cache.get(id)!;
  }
}

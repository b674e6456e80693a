export class AuditService {
  record(row: unknown) {
    (row as any).id = "another";
  }
}

export class EventBus {
  async emit(name: string, payload: unknown) {
    (payload as any).id = name;
  }
}

export class Logger {
  log(message: string, meta?: unknown) {}
}

export class CacheKeys {
  key(id: string, orgId: number) {
    return `${orgId}:${id}`;
  }
}

export class Tracked {
  track(row: unknown) {}
}

export function audit(row: unknown) {}

export class NotFoundError extends Error {}

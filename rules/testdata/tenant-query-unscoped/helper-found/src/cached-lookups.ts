import { wrapCache } from "./cache";

declare const db: any;

// Lookups with the tenant, cached under keys naming what they read; and
// one whose key leaves the team out, so that another team's cached row
// comes back.
export class CachedBooks {
  static byName(teamId: number, name: string) {
    return wrapCache(`team:${teamId}:book:${name}`, () => {
      return db.book.findFirst({ where: { teamId, name } });
    });
  }

  static byNameLoose(teamId: number, name: string) {
    return wrapCache(`book:${name}`, () => db.book.findFirst({ where: { teamId, name } }));
  }
}

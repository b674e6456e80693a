import { AuthUser } from "./decorators";
import { localContext } from "./near-misses";

// A controller that queries nothing: the caller it holds reaches the
// query only as a plain id, which caller_identity cannot name.
export class MembershipsController {
  async mine(@AuthUser() user: { id: string }) {
    return localContext({ id: user.id, email: "" });
  }
}

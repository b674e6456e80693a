package rules

import "github.com/schemalint/schemalint/internal/tsparse"

// rethrowingTries are the bodies of the try statements among a helper
// body's own statements whose catch throws on every path and that have no
// finally (comp's services):
//
//	async findById(id: string, organizationId: string) {
//	  try {
//	    const entry = await db.context.findFirst({ where: { id, organizationId } });
//	    if (!entry) throw new NotFoundException();
//	    return entry;
//	  } catch (error) {
//	    if (error instanceof NotFoundException) throw error;
//	    this.logger.error(error);
//	    throw error;
//	  }
//	}
//
// A lookup there leaves the helper by a throw when its row is missing, as
// it would outside the try: checkingLookup reads those bodies too.
func rethrowingTries(body tsparse.Node) []tsparse.Node {
	var out []tsparse.Node
	for _, st := range namedNoComments(body) {
		if st.Kind() != "try_statement" || st.Field("finalizer").Valid() {
			continue
		}
		if h := st.Field("handler"); h.Valid() && alwaysThrows(h.Field("body")) {
			out = append(out, st.Field("body"))
		}
	}
	return out
}

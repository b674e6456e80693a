package rules

import (
	"github.com/schemalint/schemalint/internal/tsparse"
)

// wholePatternArg is paramArg for a helper whose one parameter is an
// object pattern and a caller that hands it an object whole, by a name or
// a property (Comp AI's browser profiles):
//
//	async getProfile({ profileId, organizationId }: { profileId: string; organizationId: string }) {
//	  return db.browserAuthProfile.findFirst({ where: { id: profileId, organizationId } });
//	}
//	…
//	async markVerified(input: { organizationId: string; profileId: string }) {
//	  const profile = await this.getProfile(input);
//
// The pattern binds name plainly (no default, no renaming), and the
// parameter's own type declares that property, not optional: the value
// the caller hands over is then checked to carry it. The argument is read
// as memberParamTenantRow reads one: a name or a property that
// tenantValue accepts, never a literal nor an unchecked row's field, and
// a name whose own declared type, where the caller's function gives one,
// does not make the property optional.
func (q *queryCheck) wholePatternArg(params, args []tsparse.Node, name string) bool {
	if len(params) != 1 || len(args) != 1 || params[0].Kind() != "required_parameter" {
		return false
	}
	pattern := params[0].Field("pattern")
	if pattern.Kind() != "object_pattern" {
		return false
	}
	bound := false
	for _, e := range namedNoComments(pattern) {
		if e.Kind() == "shorthand_property_identifier_pattern" && e.Text() == name {
			bound = true
		}
	}
	if !bound {
		return false
	}
	sig, ok := propertySignature(params[0].Field("type"), name, 0)
	if !ok || sig.optional {
		return false
	}
	arg := uncast(args[0])
	if arg.Kind() == "identifier" {
		// The caller's own type, where it has one, must not say the
		// property may be missing either (a value cast to fit).
		if typ, found := typeOfName(enclosingFunction(arg), arg.Text(), arg.Start()); found && typ.Valid() {
			if sig, ok := propertySignature(typ, name, 0); ok && sig.optional {
				return false
			}
		}
	}
	return (arg.Kind() == "identifier" || arg.Kind() == "member_expression") && !q.provesNothing(arg) && tenantValue(arg, 0) == constrained
}

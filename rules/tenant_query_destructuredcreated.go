package rules

import "strings"

// A created row's key taken apart from the variable holding the row:
// `const dbFile = await tx.file.create(…)` then `const { id: fileId } =
// dbFile` makes fileId the new row's key, as `dbFile.id` is (a create
// cannot leave out a required tenant field).

// createdDestructuredRow reports whether value, a plain name, was bound by a
// const object pattern from a row held in a name whose key idName a create
// on delegate, earlier in a function the call is in, returned, and that
// nothing assigns.
func (q *queryCheck) createdDestructuredRow(value, delegate, idName string) bool {
	if !isPlainName(value) {
		return false
	}
	path := destructuredPath(value, q.call)
	if len(path) != 2 || path[1] != idName || !isPlainName(path[0]) {
		return false
	}
	// The row's name, or its key, assigned anywhere in the function may
	// hold another row when the pattern reads it.
	row := strings.Join(path, ".")
	return !overwritten(q.call, row) && q.createdEarlier(row, delegate, idName)
}

package rules

import "github.com/schemalint/schemalint/internal/severity"

// The run itself reports two kinds of findings that no rule's Run
// produces: a directive that is broken or silences nothing, and a file
// that could not be judged. They are documented, listed in SARIF and
// linked from the job summary as rules are, but are not in All(): they
// cannot be switched off, and the rule tests do not run them.

// Hygiene is the category of what the run reports about itself.
const Hygiene Category = "hygiene"

// IgnoreDirective reports schemalint-ignore directives without a reason,
// naming an unknown rule, or silencing nothing.
var IgnoreDirective = &Rule{
	Name:     "ignore-directive",
	Pseudo:   true,
	Category: Hygiene,
	Severity: severity.Warning,
	Summary:  "a schemalint-ignore directive has no reason, names no known rule, or silences nothing",
	Doc: `A directive accepts a finding where it stands, so it must say why, and
one that no longer silences anything hides nothing but its own history: it is
reported, so that it is removed before it silences a new finding by accident.

A directive is called unused only once every rule it names has run on its
file: not under ` + "`--rule`" + ` for another rule, not for a rule switched off,
and not for a rule that compares with the base when there is none.

Fix: give the reason, correct the rule id, or remove the directive.`,
	Bad: `model Event { // schemalint-ignore tenant-index-missing
  id             Int @id
  organizationId Int
}`,
	Good: `model Event { // schemalint-ignore tenant-index-missing append-only, read by the warehouse only
  id             Int @id
  organizationId Int
}`,
}

// InputError reports a file schemalint could not judge (SQL PostgreSQL's
// parser refuses, a view file holding more than its SELECT), so that what
// was not read never passes as checked.
var InputError = &Rule{
	Name:     "input-error",
	Pseudo:   true,
	Category: Hygiene,
	Severity: severity.Error,
	Summary:  "a file that may define a view could not be read, so its views were not judged",
	Doc: `A SQL file under prisma/views or a migration statement that may define a
view, which PostgreSQL's parser cannot read, is reported where reading
stopped: the views it defines were not checked for sensitive columns or
breaking changes. Every other file is still judged, so one broken file does
not hide the leaks of the others. A view file that defines no view is a
warning.

Fix: correct the SQL (PostgreSQL would refuse it too), move statements
other than the SELECT out of a view file, or accept it on its line with
` + "`-- schemalint-ignore input-error <reason>`" + `. It is never recorded in a
baseline: a file that was not read is a blind spot, not a finding to live
with.`,
	Bad:  `SELEC id, email FROM users`,
	Good: `SELECT id, email FROM users`,
}

// Reported returns every rule and pseudo-rule a run can report, in the
// order they are documented.
func Reported() []*Rule {
	return append(All(), IgnoreDirective, InputError)
}

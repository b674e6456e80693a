package pgtree

import (
	"os/exec"
	"slices"
	"strings"
	"testing"

	"google.golang.org/protobuf/proto"
)

// TestRegisteredOnFirstUse must stay the package's first test: it sees the
// descriptors unregistered, then registered by a use that is not Parse.
func TestRegisteredOnFirstUse(t *testing.T) {
	if File_pg_query_proto != nil {
		t.Fatal("descriptors registered before any use")
	}
	if got := ObjectType_OBJECT_TABLE.String(); got != "OBJECT_TABLE" {
		t.Errorf("enum String() = %q", got)
	}
	if File_pg_query_proto == nil {
		t.Fatal("descriptors not registered by an enum's String()")
	}
	n := &Node{Node: &Node_String_{String_: &String{Sval: "x"}}}
	if !proto.Equal(n, proto.Clone(n)) {
		t.Error("a node differs from its clone")
	}
}

func TestParseDeparse(t *testing.T) {
	const sql = "SELECT a FROM t WHERE b = 1"
	tree, err := Parse(sql)
	if err != nil {
		t.Fatal(err)
	}
	sel := tree.GetStmts()[0].GetStmt().GetSelectStmt()
	if got := sel.GetFromClause()[0].GetRangeVar().GetRelname(); got != "t" {
		t.Errorf("relation = %q, want t", got)
	}
	if out, err := Deparse(tree); err != nil || out != sql {
		t.Errorf("Deparse = %q, %v; want %q", out, err, sql)
	}
	sc, err := Scan(sql)
	if err != nil || len(sc.GetTokens()) != 8 || sc.GetTokens()[0].GetToken() != Token_SELECT {
		t.Errorf("Scan = %v, %v", sc, err)
	}
}

// TestGeneratedIsCurrent fails when pg_query.pb.go is not what the
// generator writes from the pg_query_go and protobuf of go.mod. The
// generator runs as its own process: it imports pg_query_go's root
// package, whose descriptors must not meet this package's in one binary.
func TestGeneratedIsCurrent(t *testing.T) {
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command to run the generator")
	}
	if out, err := exec.Command(goTool, "run", "./gen", "-check").CombinedOutput(); err != nil {
		t.Fatalf("go run ./gen -check: %v\n%s", err, out)
	}
}

// TestRootPackageUnused fails when a package of the module other than the
// generator imports pg_query_go's root package: its descriptors, registered
// at init, would make this package's first use fail with a conflict (a
// build of both once turned every SQL file into an internal error).
func TestRootPackageUnused(t *testing.T) {
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command to list the module's imports")
	}
	const root = "github.com/pganalyze/pg_query_go/v6"
	out, err := exec.Command(goTool, "list", "-f", `{{.ImportPath}}: {{join .Imports " "}} {{join .TestImports " "}} {{join .XTestImports " "}}`, "github.com/schemalint/schemalint/...").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		pkg, imports, _ := strings.Cut(line, ": ")
		if pkg == "github.com/schemalint/schemalint/internal/pgtree/gen" {
			continue
		}
		if slices.Contains(strings.Fields(imports), root) {
			t.Errorf("%s imports %s; import internal/pgtree instead", pkg, root)
		}
	}
}

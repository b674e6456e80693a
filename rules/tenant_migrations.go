package rules

import (
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"google.golang.org/protobuf/reflect/protoreflect"

	"github.com/schemalint/schemalint/internal/config"
	"github.com/schemalint/schemalint/internal/lazyregexp"
	"github.com/schemalint/schemalint/internal/pgstmt"
	"github.com/schemalint/schemalint/internal/pgtree"
	"github.com/schemalint/schemalint/internal/prisma"
)

// TenantMigrations are the SQL migrations of a tenant_schema: every
// tenant's PostgreSQL schema is built by applying them in version order,
// each once, with the search_path set to that schema.
type TenantMigrations struct {
	Config *config.TenantSchema
	Dir    string    // the migrations folder
	Files  []SQLFile // every .sql file of the folder, by name
	// Base are the files at the comparison base; HasBase says whether
	// there is one (a tenant schema new in the change has none).
	Base    []SQLFile
	HasBase bool
}

// PrismaHistory are a schema's Prisma migrations (migration.sql in one
// folder each), now and at the base: migrate deploy refuses a database
// whose applied migrations' checksums differ from the files.
type PrismaHistory struct {
	Files, Base []SQLFile
}

// prismaMigrationName names a Prisma migration by its folder.
func prismaMigrationName(path string) string {
	return filepath.Base(filepath.Dir(path)) + "/" + filepath.Base(path)
}

// migrationName is V<version>_<name>.sql (or V<version>.sql).
var migrationName = lazyregexp.New(`^V([0-9]+)(?:_[^/]*)?\.sql$`)

// migrationVersion is the version of a migration file, ok false when its
// name has none.
func migrationVersion(path string) (uint64, bool) {
	m := migrationName.FindStringSubmatch(filepath.Base(path))
	if m == nil {
		return 0, false
	}
	v, err := strconv.ParseUint(m[1], 10, 64)
	return v, err == nil
}

// byVersion sorts files by version, then name; files without one last.
func byVersion(files []SQLFile) []SQLFile {
	out := append([]SQLFile(nil), files...)
	sort.SliceStable(out, func(i, j int) bool {
		vi, oki := migrationVersion(out[i].Path)
		vj, okj := migrationVersion(out[j].Path)
		if oki != okj {
			return oki
		}
		if vi != vj {
			return vi < vj
		}
		return filepath.Base(out[i].Path) < filepath.Base(out[j].Path)
	})
	return out
}

// sqlStatement is one parsed statement of a migration: base is what its
// node's Location fields are relative to.
// walkSQL calls visit on every node under n, depth first.
func walkSQL(n *pgtree.Node, visit func(protoreflect.ProtoMessage)) {
	if n == nil {
		return
	}
	var walk func(m protoreflect.Message)
	walk = func(m protoreflect.Message) {
		visit(m.Interface())
		m.Range(func(fd protoreflect.FieldDescriptor, v protoreflect.Value) bool {
			switch {
			case fd.Message() == nil || fd.IsMap():
			case fd.IsList():
				l := v.List()
				for i := 0; i < l.Len(); i++ {
					walk(l.Get(i).Message())
				}
			default:
				walk(v.Message())
			}
			return true
		})
	}
	walk(n.ProtoReflect())
}

// qualifiedName renders a name as PostgreSQL would print it.
func qualifiedName(parts ...string) string {
	var quoted []string
	for _, p := range parts {
		if p != "" {
			quoted = append(quoted, strconv.Quote(p))
		}
	}
	return strings.Join(quoted, ".")
}

// statementRange is where a statement is in its file.
func statementRange(f SQLFile, li *prisma.LineIndex, st pgstmt.Statement) prisma.Range {
	return li.Range(f.Path, st.Start, st.End)
}

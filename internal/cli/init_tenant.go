package cli

import (
	"fmt"
	"io/fs"
	"path/filepath"
	"slices"
	"strings"

	"github.com/schemalint/schemalint/internal/config"
	"github.com/schemalint/schemalint/internal/lazyregexp"
	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/repofs"
)

// tenantLayout is a schema-per-tenant repository as init finds it (seed
// 001): a shared schema, a tenant schema, and a folder of V<n>_*.sql
// migrations that build each tenant's PostgreSQL schema.
type tenantLayout struct {
	shared     []string // relative, slash-separated
	tenant     string
	migrations string
	// tables is how many of the migrations' CREATE TABLEs are models of
	// the tenant schema, of total.
	tables, total int
}

// layoutDepth is how deep init looks for schemas and migration folders.
const layoutDepth = 3

var (
	versionedSQL = lazyregexp.New(`^V[0-9]+(?:_[^/]*)?\.sql$`)
	createTable  = lazyregexp.New(`(?i)\bcreate\s+table\s+(?:if\s+not\s+exists\s+)?(?:(?:"[^"]+"|\w+)\.)?(?:"([^"]+)"|(\w+))`)
)

// detectTenantLayout finds two or more schema.prisma files and one folder
// of versioned SQL migrations, and takes for the tenant schema the one
// whose models are the tables those migrations create; nil when the
// repository does not look like that or the choice is not clear.
func detectTenantLayout(dir string) *tenantLayout {
	files := repofs.New(config.RepoRoot(dir), 0)
	var schemas, folders []string
	root, err := filepath.Abs(dir)
	if err != nil {
		return nil
	}
	_ = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		rel, _ := filepath.Rel(root, p)
		if d.IsDir() {
			name := d.Name()
			if p != root && (name == "node_modules" || strings.HasPrefix(name, ".") || strings.Count(rel, string(filepath.Separator)) >= layoutDepth) {
				return filepath.SkipDir
			}
			return nil
		}
		switch {
		case d.Name() == "schema.prisma":
			schemas = append(schemas, rel)
		case versionedSQL.MatchString(d.Name()):
			if f := filepath.Dir(rel); !slices.Contains(folders, f) {
				folders = append(folders, f)
			}
		}
		return nil
	})
	if len(schemas) < 2 || len(folders) != 1 || folders[0] == "." {
		return nil
	}
	tables := map[string]bool{}
	sqls, _ := filepath.Glob(filepath.Join(root, folders[0], "*.sql"))
	for _, p := range sqls {
		src, err := files.ReadFile(p)
		if err != nil {
			return nil
		}
		for _, m := range createTable.FindAllStringSubmatch(string(src), -1) {
			tables[m[1]+m[2]] = true
		}
	}
	best, bestScore, tie := "", 0, false
	for _, s := range schemas {
		schema, err := prisma.Load(files.ReadFile, filepath.Join(root, s))
		if err != nil || schema.HasErrors() {
			return nil
		}
		score := 0
		for _, m := range schema.Models {
			if tables[m.TableName()] {
				score++
			}
		}
		switch {
		case score > bestScore:
			best, bestScore, tie = s, score, false
		case score == bestScore:
			tie = true
		}
	}
	if best == "" || tie {
		return nil
	}
	l := &tenantLayout{tenant: filepath.ToSlash(best), migrations: filepath.ToSlash(folders[0]), tables: bestScore, total: len(tables)}
	for _, s := range schemas {
		if s != best {
			l.shared = append(l.shared, filepath.ToSlash(s))
		}
	}
	return l
}

// block is the configuration init writes for the layout.
func (l *tenantLayout) block() string {
	var b strings.Builder
	fmt.Fprintf(&b, "# Every tenant gets its own PostgreSQL schema, built from %s by the SQL\n", l.tenant)
	fmt.Fprintf(&b, "# migrations of %s (%d of the %d tables they create are its models).\n", l.migrations, l.tables, l.total)
	b.WriteString("# The row-tenancy rules leave it alone; the migration rules check the folder.\n")
	fmt.Fprintf(&b, "tenant_schema \"tenant\" {\n  schema     = %q\n  migrations = %q\n}\n\n", l.tenant, l.migrations)
	return b.String()
}

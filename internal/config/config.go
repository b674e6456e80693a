// Package config reads and validates schemalint.hcl, the file that tells
// schemalint where a repository keeps its schema and SQL views, how it scopes
// tenants, which names are sensitive, and how each rule is configured.
//
// The file is HCL, decoded against a fixed schema: an unknown block or
// attribute, a value of the wrong type or an unknown rule id is an error that
// points into the file (`schemalint.hcl:LINE:COL: message`). A file that is
// not a configuration at all — broken HCL, binary junk, a huge or absurdly
// nested file — is an error too, never a panic.
//
//	version = 1                     # the default rule set; none: the latest
//	fail_on = "warning"             # "error" | "warning" | "notice"
//	max_file_size = "64MiB"         # the largest file read (schemas, SQL, registry)
//
//	schema {
//	  paths   = ["prisma/schema"]   # files, folders or globs; none: discover like Prisma
//	  exclude = ["**/generated/**"]
//	}
//
//	sql {
//	  views      = ["prisma/views/**/*.sql"]
//	  migrations = ["prisma/migrations/**/migration.sql"]
//	}
//
//	tenancy {
//	  fields        = ["organizationId", "organisationId", "tenantId"]
//	  global_models = ["Permission", "Scope", "Jwk"]
//	  registry {
//	    file   = "src/lib/prisma-org-scope.ts"
//	    symbol = "ORG_SCOPED_MODELS"
//	  }
//	  queries {
//	    paths             = ["src/**"]         # none: every TypeScript/JavaScript file
//	    exclude           = ["src/scripts/**"]
//	    scoped_clients    = ["ctx.orgDb"]      # receivers whose reads are filtered
//	    scoped_operations = ["findMany", "findFirst", "findFirstOrThrow"]
//	    membership_models = ["Member"]     # a lookup of one proves the caller's tenant
//	    caller_identity   = ["ctx.session.user", "@CurrentUser"] # the signed-in user
//	  }
//	}
//
//	sensitive {
//	  patterns       = [...]        # replaces DefaultSensitivePatterns
//	  extra_patterns = ["*iban*"]   # added to them
//	  allow          = ["User.failedLoginCount"]
//	}
//
//	rule "tenant-index-missing" {
//	  enabled  = true
//	  severity = "warning"
//	  # anything else is the rule's own options
//	}
//
//	ignore {
//	  rule   = "view-column-removed"
//	  paths  = ["prisma/legacy/**"]
//	  reason = "legacy views are frozen"
//	}
//
//	base {
//	  ref = "origin/main"           # the breaking-change rules compare with where HEAD
//	}                               # forked from it; --base wins, a CI's base does not
//
//	baseline {
//	  file = "ci/schemalint-baseline.json"   # default: beside this file
//	}
//
//	views "identity" { … }          # what schemalint fix generates; see Views
//
//	tenant_schema "clinic" { … }    # a schema every tenant gets a copy of; see TenantSchema
//
// Paths and globs are relative to the directory of the configuration file and
// use forward slashes; globs are doublestar patterns (`**` crosses folders).
package config

import (
	"errors"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"reflect"
	"slices"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"

	"github.com/schemalint/schemalint/internal/paths"
	"github.com/schemalint/schemalint/internal/repofs"
	"github.com/schemalint/schemalint/internal/severity"
)

// FileName is the name Find looks for.
const FileName = "schemalint.hcl"

// Config is a loaded configuration. Relative paths in it are relative to Dir.
type Config struct {
	Path      string // the file, "" when defaults only
	Src       []byte // its text, for excerpts and the directives in it
	Dir       string // base dir for relative paths
	FailOn    severity.Severity
	Schema    SchemaConfig
	SQL       SQLConfig
	Tenancy   TenancyConfig
	Sensitive Sensitive
	Rules     map[string]*RuleConfig // by rule id
	Ignores   []Ignore
	Views     []*Views // generated views, in file order (see views.go)
	// Consume are copies of views another repository generates (see
	// consume.go).
	Consume []*Consume
	// TenantSchemas are the schema-per-tenant schemas and their SQL
	// migrations, in file order (see tenant_schema.go).
	TenantSchemas []*TenantSchema
	// Base is the base setting, nil when the file has none.
	Base *Base
	// Baseline is the findings file of baseline { file = … }, relative to
	// Dir; "" means schemalint-baseline.json beside the configuration.
	Baseline string
	// Version pins the default rule set (version = N): a rule made default
	// in a later schemalint stays off until the file moves to its version.
	// 0 when the file sets none: the latest set applies.
	Version      int
	VersionRange hcl.Range
	// MaxFileSize caps one file read from the repository (max_file_size);
	// 0 means repofs.DefaultMaxFileSize.
	MaxFileSize int64

	files *repofs.Root
}

// Files reads the repository's files: regular files only, no link out of
// the repository holding Dir, none over MaxFileSize (see package repofs).
func (c *Config) Files() *repofs.Root {
	if c.files == nil {
		c.files = repofs.New(RepoRoot(c.Dir), c.MaxFileSize)
	}
	return c.files
}

// Rebase is the configuration as it applies to a copy of the repository
// at newRoot (the base revision written out): every path it holds is
// relative to Dir, which moves with it.
func (c *Config) Rebase(oldRoot, newRoot string) *Config {
	moved := *c
	move := func(p string) string {
		if p == "" {
			return p
		}
		abs, err := paths.Absolute(p)
		if err != nil {
			return p
		}
		if rel, ok := paths.Rel(oldRoot, abs); ok {
			return filepath.Join(newRoot, rel)
		}
		return p
	}
	moved.Dir, moved.Path = move(c.Dir), move(c.Path)
	moved.files = nil
	return &moved
}

// ReadFile reads a file of the repository through Files.
func (c *Config) ReadFile(name string) ([]byte, error) { return c.Files().ReadFile(name) }

// SchemaConfig says where the Prisma schema is.
type SchemaConfig struct {
	// Paths are files, folders or globs; empty means discover the schema
	// the way Prisma does.
	Paths   []string
	Exclude []string // globs
	// PathRanges and ExcludeRanges locate each element in the file (empty
	// for defaults), so that a glob matching nothing can be pointed at.
	PathRanges, ExcludeRanges []hcl.Range
}

// SQLConfig says where SQL view definitions live.
type SQLConfig struct {
	Views      []string // globs of files holding one bare SELECT each
	Migrations []string // globs of migration files with CREATE VIEW statements
	// ViewRanges and MigrationRanges locate each glob in the file (empty
	// for defaults).
	ViewRanges, MigrationRanges []hcl.Range
}

// TenancyConfig describes row-scoped multi-tenancy.
type TenancyConfig struct {
	Fields       []string // tenant field names; never empty
	GlobalModels []string // models shared by every tenant
	// FieldRanges and GlobalModelRanges locate each name in the file
	// (empty for defaults), so that a name no model has can be pointed at.
	FieldRanges, GlobalModelRanges []hcl.Range
	Registry                       *Registry
	Queries                        Queries
	// Configured is set when the file has a tenancy block: the team declared
	// row-scoped tenancy, so the tenancy rules apply without guessing.
	Configured bool
}

// Queries says which TypeScript and JavaScript files the query-side
// tenancy rule reads and which clients filter by tenant on their own.
type Queries struct {
	// Paths and Exclude are globs relative to Dir; no Paths means every
	// source file. PathRanges and ExcludeRanges locate each in the file.
	Paths, Exclude            []string
	PathRanges, ExcludeRanges []hcl.Range
	// ScopedClients are receivers (ctx.orgDb) whose ScopedOperations add
	// the tenant filter themselves.
	ScopedClients    []string
	ScopedOperations []string
	// MembershipModels are models whose rows say that a user belongs to a
	// tenant (Member: organizationId, userId): a row found without the
	// tenant is the caller's when the function then looks up a membership
	// in the row's tenant for a user and leaves without one. The schema
	// cannot tell a membership from another model with the same two
	// relations. MembershipRanges locate each name in the file.
	MembershipModels []string
	MembershipRanges []hcl.Range
	// CallerIdentity names where the application reads the signed-in
	// user's row: a property path rooted at a parameter
	// ("ctx.session.user", whose id and email are the caller's), the
	// result of a call with no arguments or a path from it, held by a
	// const of the function ("getCurrentUser()", "auth().user"), or a
	// parameter decorator ("@CurrentUser"). Rows addressed to a person
	// rather than to a tenant (an invitation to the caller's email, the
	// caller's own memberships) are read by it. Which expression holds
	// the caller is the framework's to say, not the schema's, so the team
	// names it. CallerIdentityRanges locate each entry in the file.
	CallerIdentity       []string
	CallerIdentityRanges []hcl.Range
}

// DefaultScopedOperations are the reads a scoped client usually filters:
// a $extends query hook on findMany and findFirst.
var DefaultScopedOperations = []string{"findMany", "findFirst", "findFirstOrThrow"}

// Registry is the application's list of tenant-scoped models: an array (or
// Set) of model names bound to Symbol in File.
type Registry struct {
	File   string
	Symbol string
	Range  hcl.Range // the registry block's header
}

// RuleConfig is one `rule "<id>" { … }` block.
type RuleConfig struct {
	Name     string
	Enabled  *bool              // nil: the rule's default
	Severity *severity.Severity // nil: the rule's default
	// Options holds every attribute and block other than enabled and
	// severity, for the rule to decode against its own schema.
	Options hcl.Body
	Range   hcl.Range // the block header

	body *hclsyntax.Body // the whole block, to name what Options may hold
}

// Base is the `base { ref = "…" }` block: the git ref the breaking-change
// rules compare with when --base is not given, for CIs whose merge
// request's base schemalint cannot find.
type Base struct {
	Ref   string
	Range hcl.Range // the ref's value
}

// Ignore switches a rule off for some files.
type Ignore struct {
	Rule   string
	Paths  []string // globs
	Reason string
	Range  hcl.Range // the ignore block's header
	// PathRanges locate each glob of Paths.
	PathRanges []hcl.Range
}

// Defaults, used where the file says nothing.
var (
	DefaultTenantFields   = []string{"organizationId", "organisationId", "tenantId"}
	DefaultViewGlobs      = []string{"prisma/views/**/*.sql"}
	DefaultMigrationGlobs = []string{"prisma/migrations/**/migration.sql"}
)

// Default is the configuration used when no file exists.
func Default() *Config {
	c := &Config{
		Dir:    ".",
		FailOn: severity.Error,
		SQL: SQLConfig{
			Views:      clone(DefaultViewGlobs),
			Migrations: clone(DefaultMigrationGlobs),
		},
		Tenancy:   TenancyConfig{Fields: clone(DefaultTenantFields), Queries: Queries{ScopedOperations: clone(DefaultScopedOperations)}},
		Sensitive: Sensitive{Patterns: clone(DefaultSensitivePatterns)},
		Rules:     map[string]*RuleConfig{},
	}
	c.Sensitive.compile()
	return c
}

func clone(s []string) []string {
	if s == nil {
		return nil
	}
	return append([]string(nil), s...)
}

// Load reads the configuration at path. known lists the valid rule ids: a
// `rule` block or an ignore naming another id is an error (nil accepts any
// id). A problem in the file is returned as *Error, or *Errors when there
// are several; a file that cannot be read is a plain error.
func Load(path string, known []string) (*Config, error) {
	src, err := readLimited(path)
	if err != nil {
		return nil, err
	}
	return Parse(path, src, known)
}

// readLimited reads the configuration, which comes with the repository
// like the schema: a regular file, not through a link leaving it, and one
// byte past the size limit at most, for Parse to reject.
func readLimited(path string) ([]byte, error) {
	b, err := repofs.New(RepoRoot(filepath.Dir(path)), maxFileSize).ReadFile(path)
	var re *repofs.Error
	if errors.As(err, &re) && re.TooLarge {
		return nil, &Error{Range: startRange(path), Message: fmt.Sprintf("file is larger than %d KiB, too large for a configuration", maxFileSize>>10)}
	}
	return b, err
}

// Find looks for schemalint.hcl in dir and its parents, up to the
// repository root (the first folder holding .git), and returns its path, or
// "" when there is none. The path is built from dir, so a relative dir gives
// a relative path.
// RepoRoot is the top level of the git repository holding dir (the nearest
// folder with .git), or dir itself outside git.
func RepoRoot(dir string) string {
	abs, err := paths.Absolute(dir)
	if err != nil {
		return dir
	}
	for d := abs; ; {
		if _, err := os.Stat(filepath.Join(d, ".git")); err == nil {
			return d
		}
		parent := filepath.Dir(d)
		if parent == d {
			return abs
		}
		d = parent
	}
}

func Find(dir string) string {
	abs, err := paths.Absolute(dir)
	if err != nil {
		return ""
	}
	rel := dir
	for {
		if st, err := os.Stat(filepath.Join(abs, FileName)); err == nil && st.Mode().IsRegular() {
			return filepath.Join(rel, FileName)
		}
		if _, err := os.Stat(filepath.Join(abs, ".git")); err == nil {
			return ""
		}
		parent := filepath.Dir(abs)
		if parent == abs {
			return ""
		}
		abs, rel = parent, filepath.Join(rel, "..")
	}
}

// Rel turns a path into the slash-separated form, relative to c.Dir, that
// the configuration's globs match.
func (c *Config) Rel(p string) string {
	if r, err := filepath.Rel(paths.Abs(c.Dir), paths.Abs(p)); err == nil {
		p = r
	}
	return path.Clean(filepath.ToSlash(p))
}

// DecodeOptions decodes the rule's options into v, a pointer to a struct
// tagged as for gohcl (see decodeOptions), so that a rule's own options are checked as strictly as
// the rest of the file: an attribute or block the rule does not take is an
// error with the nearest name it does take. Errors read
// `file:line:col: message`. A nil rc (no block for the rule) leaves v
// untouched.
func (rc *RuleConfig) DecodeOptions(v any) error {
	if rc == nil || rc.Options == nil {
		return nil
	}
	errs := &Errors{}
	if rc.body != nil {
		schema, err := optionSchema(reflect.TypeOf(v).Elem())
		if err != nil {
			panic("config: " + err.Error())
		}
		attrs := []string{"enabled", "severity"}
		for _, a := range schema.Attributes {
			attrs = append(attrs, a.Name)
		}
		var blocks []string
		for _, b := range schema.Blocks {
			blocks = append(blocks, b.Type)
		}
		in := fmt.Sprintf(" in the rule %q block", rc.Name)
		for _, a := range sortedAttrs(rc.body) {
			if !slices.Contains(attrs, a.Name) {
				errs.Add(a.NameRange, unknown("attribute", a.Name, in, attrs))
			}
		}
		for _, b := range rc.body.Blocks {
			if !slices.Contains(blocks, b.Type) {
				errs.Add(b.TypeRange, unknown("block", b.Type, in, blocks))
			}
		}
		if err := errs.Err(); err != nil {
			return err
		}
	}
	errs.addDiags(decodeOptions(rc.Options, v))
	return errs.Err()
}

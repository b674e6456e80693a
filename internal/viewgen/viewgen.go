// Package viewgen turns the `views` blocks of schemalint.hcl into the files
// other services read an owner's data through: Prisma `view` blocks, the SQL
// that creates the PostgreSQL views, and each product's copy of the views
// with its own relation fields; and the `consume` blocks of a product in
// its own repository into its copy of an owner's generated views file.
//
// Only listed fields are exposed, and a listed field that matches a
// sensitive pattern is refused unless the block justifies it. The output is
// a function of the source schema, the configuration and the previously
// generated files (which record what readers already know: see below),
// byte for byte: the Prisma files are laid out exactly as `prisma format` lays them
// out (scripts/oracle/format-check.mjs proves it against the official
// formatter), so running `schemalint fix` twice, or `prisma format` after
// it, changes nothing.
//
// Four decisions shape the output:
//
//   - Column order is the order of `fields`. PostgreSQL's CREATE OR REPLACE
//     VIEW may only append columns, so the previously generated SQL file is
//     read as a guard, not as a source: when the new column list does not
//     extend the old one (a field inserted in the middle, reordered or
//     removed), generation fails with the position in schemalint.hcl unless
//     breaking changes are allowed or the removal is acknowledged in the
//     expose block (the SQL then drops the view first, for as long as the
//     acknowledgement stands). The one edit that would fail at deploy time
//     fails in review instead. A view no longer exposed needs
//     --allow-breaking too; its DROP VIEW stays in the file on later runs.
//
//   - A view's column names are its readers' API. A field keeps the column
//     name the previously generated Prisma file gives it when its source
//     column is renamed (a new or changed @map): the view selects the new
//     column under the old name ("given_name" AS "firstName"), which
//     CREATE OR REPLACE VIEW applies, and the Prisma views do not change.
//     With --allow-breaking the view's column follows the source instead.
//
//   - An enum column reaches readers through a type of the view schema:
//     the SQL creates a copy of each enum the views use in the target
//     schema (values added as the source gains them) and the view casts
//     its column to it. Prisma casts a filter's value to the column's type,
//     and naming a type needs USAGE on its schema, so with the source's
//     type a product would need rights on the owner's schema and list it
//     in its datasource, where its Prisma Migrate would treat it as the
//     product's own. Every generated Prisma file declares the copies with
//     @@schema(target): under the source's names, except in a file merged
//     into the source schema, where those names are taken and the copies
//     carry the view schema's name as a prefix (IdpViewsUserStatus, mapped
//     to "UserStatus"). A product's datasource lists its own schema and the
//     view schema, and its prisma.config.ts lists the copies in
//     enums.external so that its Migrate leaves them to the owner.
package viewgen

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/hashicorp/hcl/v2"

	"github.com/schemalint/schemalint/internal/config"
	"github.com/schemalint/schemalint/internal/lazyregexp"
	"github.com/schemalint/schemalint/internal/paths"
	"github.com/schemalint/schemalint/internal/prisma"
)

// Kind says what a generated file holds.
type Kind int

const (
	PrismaFile   Kind = iota // the view blocks
	SQLFile                  // CREATE SCHEMA, CREATE OR REPLACE VIEW, GRANT
	ProductFile              // a product's view blocks, with its relations
	ConsumedFile             // a consume block's copy of another repository's views
)

func (k Kind) String() string { return [...]string{"prisma", "sql", "product", "consumed"}[k] }

// File is one generated file.
type File struct {
	// Path is where the file goes: the configured path joined to the
	// configuration's folder.
	Path    string
	Content []byte
	Kind    Kind
	Views   *config.Views   // nil for a ConsumedFile
	Consume *config.Consume // for a ConsumedFile
	// Block is the views or consume block that generates the file.
	Block   fmt.Stringer
	Product *config.Product // for a ProductFile
	// Output is the configuration entry that names the file.
	Output config.Located

	sql *sqlLayout // for an SQLFile: where its views are
}

// Options change what Generate accepts.
type Options struct {
	// AllowBreaking writes views whose columns no longer extend the
	// previously generated ones (the database needs DROP VIEW first).
	AllowBreaking bool
	// Parsed is a schema already read and parsed in this run (the one a
	// rule checks): its files stand in for the same files of a source,
	// which is then resolved without being read and parsed again.
	Parsed *prisma.Schema
}

// SchemaError is a source schema that does not parse or resolve.
type SchemaError struct {
	Diagnostics []prisma.Diagnostic
}

func (e *SchemaError) Error() string {
	lines := make([]string, len(e.Diagnostics))
	for i, d := range e.Diagnostics {
		lines[i] = d.Error()
	}
	return strings.Join(lines, "\n")
}

// Generate builds every file of every views block of cfg, reading the
// source schemas and the previously generated SQL from disk. Problems with
// the configuration come back as *config.Error or *config.Errors, pointing
// into the configuration file; a broken source schema as *SchemaError.
func Generate(cfg *config.Config, opts Options) ([]*File, error) {
	var out []*File
	errs := &config.Errors{}
	for _, v := range cfg.Views {
		files, err := GenerateBlock(cfg, v, opts)
		if err != nil {
			if !collect(errs, err) {
				return nil, err
			}
			continue
		}
		out = append(out, files...)
	}
	for _, cs := range cfg.Consume {
		f, err := GenerateConsume(cfg, cs)
		if err != nil {
			if !collect(errs, err) {
				return nil, err
			}
			continue
		}
		out = append(out, f)
	}
	if err := errs.Err(); err != nil {
		return nil, err
	}
	return out, nil
}

// GenerateBlock builds the files of one views block.
func GenerateBlock(cfg *config.Config, v *config.Views, opts Options) ([]*File, error) {
	errs := &config.Errors{}
	checkPaths(cfg, v.Outputs(), errs)
	src, merged, err := loadSource(cfg, v, opts.Parsed, errs)
	if err != nil {
		return nil, err
	}
	if src == nil {
		return nil, errs.Err()
	}
	var previous []byte
	if v.SQLOutput.Value != "" {
		previous, _ = cfg.ReadFile(joinPath(cfg, v.SQLOutput.Value))
	}
	previousPrisma, _ := cfg.ReadFile(joinPath(cfg, v.PrismaOutput.Value))
	files := build(cfg, v, src, merged, previous, previousPrisma, opts, errs)
	if err := errs.Err(); err != nil {
		return nil, err
	}
	return files, nil
}

// collect adds a configuration error to errs and reports whether it was one.
func collect(errs *config.Errors, err error) bool {
	var one *config.Error
	var many *config.Errors
	switch {
	case errors.As(err, &many):
		errs.List = append(errs.List, many.List...)
	case errors.As(err, &one):
		errs.List = append(errs.List, one)
	default:
		return false
	}
	return true
}

func joinPath(cfg *config.Config, p string) string {
	return filepath.Join(cfg.Dir, filepath.FromSlash(p))
}

// loadSource reads the source schema without any generated file, and says
// for each output whether Prisma merges it into that schema. Files parsed
// holds are not read again.
func loadSource(cfg *config.Config, v *config.Views, parsed *prisma.Schema, errs *config.Errors) (*prisma.Schema, map[string]bool, error) {
	var roots []string
	var folders []string
	for _, s := range v.Source {
		p := joinPath(cfg, s.Value)
		info, err := os.Stat(p)
		if err != nil {
			errs.Add(s.Range, fmt.Sprintf("source %q: %v", s.Value, unwrapPathError(err)))
			continue
		}
		if info.IsDir() {
			folders = append(folders, p)
		}
		roots = append(roots, p)
	}
	if len(roots) < len(v.Source) {
		return nil, nil, nil
	}
	names, err := prisma.SchemaFiles(roots...)
	if err != nil {
		errs.Add(v.Source[0].Range, fmt.Sprintf("source: %v", err))
		return nil, nil, nil
	}
	outputs := map[string]bool{}
	for _, o := range allOutputs(cfg) {
		outputs[o] = true
	}
	var source []string
	for _, name := range names {
		if !outputs[paths.Abs(name)] {
			source = append(source, name)
		}
	}
	if len(source) == 0 {
		errs.Add(v.Source[0].Range, "source holds no .prisma file besides the generated ones")
		return nil, nil, nil
	}
	schema := reparsed(parsed, source)
	if schema == nil {
		srcs := make([]prisma.Source, 0, len(source))
		for _, name := range source {
			b, err := cfg.ReadFile(name)
			if err != nil {
				return nil, nil, err
			}
			srcs = append(srcs, prisma.Source{Name: name, Src: b})
		}
		schema = prisma.ParseSources(srcs)
	}
	if schema.HasErrors() {
		var diags []prisma.Diagnostic
		for _, d := range schema.Diagnostics {
			if d.Severity == prisma.SeverityError {
				diags = append(diags, d)
			}
		}
		return nil, nil, &SchemaError{Diagnostics: diags}
	}
	merged := map[string]bool{}
	for _, o := range v.Outputs() {
		p := paths.Abs(joinPath(cfg, o.Value))
		for _, f := range folders {
			if within(paths.Abs(f), p) {
				merged[o.Value] = true
			}
		}
	}
	return schema, merged, nil
}

// reparsed resolves the files named from parsed's parse of them, each
// under the name asked for; nil when parsed lacks one of them or has
// errors (its parse of a file could then be another's). A schema that
// parses without errors has no syntax error in any file, so resolving
// its files again finds what parsing and resolving them would.
func reparsed(parsed *prisma.Schema, names []string) *prisma.Schema {
	if parsed == nil || parsed.HasErrors() {
		return nil
	}
	if slices.EqualFunc(parsed.Files, names, func(f *prisma.File, name string) bool { return f.Name == name }) {
		// The same files under the same names, in the same order: parsed
		// is the source schema itself.
		return parsed
	}
	byPath := make(map[string]*prisma.File, len(parsed.Files))
	for _, f := range parsed.Files {
		byPath[paths.Abs(f.Name)] = f
	}
	files := make([]*prisma.File, len(names))
	same := true // the same names: files are parsed's own
	for i, name := range names {
		f := byPath[paths.Abs(name)]
		if f == nil {
			return nil
		}
		files[i] = f
		same = same && f.Name == name
	}
	// Usually the source is the parsed schema less the generated files,
	// whose declarations the source's do not refer to: parsed holds the
	// source resolved already.
	if same {
		if sub, ok := parsed.Subset(files); ok {
			return sub
		}
	}
	for i, f := range files {
		// A copy: the name is part of every position, and the resolved
		// models point at their file.
		files[i] = f.Renamed(names[i])
	}
	return prisma.Resolve(files, nil)
}

func unwrapPathError(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// within reports whether path lies inside dir (or is dir).
func within(dir, path string) bool { return paths.Inside(dir, path) }

// RepoRoot is the folder generated files must stay in: the git top-level
// holding the configuration, or the configuration's folder outside git.
func RepoRoot(cfg *config.Config) string { return config.RepoRoot(paths.Abs(cfg.Dir)) }

// checkPaths refuses outputs outside the repository, through symlinks
// too, and files schemalint did not write.
func checkPaths(cfg *config.Config, outputs []config.Located, errs *config.Errors) {
	root := RepoRoot(cfg)
	realRoot, err := filepath.EvalSymlinks(root)
	if err != nil {
		realRoot = root
	}
	for _, o := range outputs {
		p := paths.Abs(joinPath(cfg, o.Value))
		if !within(root, p) {
			errs.Add(o.Range, fmt.Sprintf("%q is outside the repository (%s); generated files must stay in it", o.Value, root))
			continue
		}
		if real, ok := resolveExisting(p); ok && !within(realRoot, real) {
			errs.Add(o.Range, fmt.Sprintf("%q leads outside the repository through a symbolic link (to %s); generated files must stay in it", o.Value, real))
			continue
		}
		info, err := os.Lstat(p)
		switch {
		case err != nil:
		case info.IsDir():
			errs.Add(o.Range, fmt.Sprintf("%q is a folder; give the path of a file", o.Value))
		case !info.Mode().IsRegular():
			errs.Add(o.Range, fmt.Sprintf("%q is not a regular file; schemalint writes generated files only", o.Value))
		default:
			if b, err := cfg.ReadFile(p); err == nil && len(bytes.TrimSpace(b)) > 0 && !generated(b) {
				errs.Add(o.Range, fmt.Sprintf("%q exists and was not generated by schemalint fix; move it away or choose another path, schemalint never overwrites a file it did not write", o.Value))
			}
		}
	}
}

// resolveExisting resolves the symbolic links of the longest existing
// prefix of p and appends the rest.
func resolveExisting(p string) (string, bool) {
	rest := ""
	for cur := p; ; {
		if real, err := filepath.EvalSymlinks(cur); err == nil {
			return filepath.Join(real, rest), true
		}
		parent := filepath.Dir(cur)
		if parent == cur {
			return "", false
		}
		rest = filepath.Join(filepath.Base(cur), rest)
		cur = parent
	}
}

// The header every generated file starts with. The first line follows the
// convention tools use to recognise generated code; the second is a
// checksum of everything after it, so that a hand edit is caught even where
// the configuration that generated the file is not at hand (a product's
// copy).
const GeneratedBy = "Code generated by schemalint fix"

var headerLine = lazyregexp.New(`(?m)^(//|--) Code generated by schemalint fix\b.*DO NOT EDIT\.\r?\n(//|--) checksum sha256:([0-9a-f]{16})\b.*\n`)

func header(comment string, cfg *config.Config, v fmt.Stringer, body []byte) []byte {
	name := config.FileName
	if cfg.Path != "" {
		name = filepath.Base(cfg.Path)
	}
	var b bytes.Buffer
	fmt.Fprintf(&b, "%s %s from %s in %s. DO NOT EDIT.\n", comment, GeneratedBy, v, name)
	fmt.Fprintf(&b, "%s checksum sha256:%s\n", comment, checksum(body))
	b.Write(body)
	return b.Bytes()
}

func checksum(body []byte) string {
	sum := sha256.Sum256(body)
	return hex.EncodeToString(sum[:8])
}

// generated reports whether src starts with a generated file's header,
// which tells schemalint that it may replace the file.
func generated(src []byte) bool {
	st, ok := ReadStamp(src)
	return ok && st.Line == 1
}

// Stamp is the header of a generated file.
type Stamp struct {
	Line int // the 1-based line of its first line
	// ChecksumOffset is where the checksum line starts.
	ChecksumOffset int
	// Intact is false when what follows the header is not what schemalint
	// wrote: the file was edited by hand.
	Intact bool
}

// ReadStamp finds a generated file's header; ok is false when src has none.
func ReadStamp(src []byte) (st Stamp, ok bool) {
	// Every schema file passes here: find the marker with a plain search
	// first and run the pattern from its line only, so that checking a large
	// hand-written schema costs a memchr, not a regexp scan.
	// The pattern scans on from the marker's line, so a stray mention of the
	// marker before the real header does not hide it.
	i := bytes.Index(src, []byte(GeneratedBy))
	if i < 0 {
		return Stamp{}, false
	}
	from := bytes.LastIndexByte(src[:i], '\n') + 1
	m := headerLine.FindSubmatchIndex(src[from:])
	if m == nil {
		return Stamp{}, false
	}
	for k := range m {
		if m[k] >= 0 {
			m[k] += from
		}
	}
	st.Line = bytes.Count(src[:m[0]], []byte("\n")) + 1
	st.ChecksumOffset = m[4]
	st.Intact = checksum(src[m[1]:]) == string(src[m[6]:m[7]])
	return st, true
}

// errorAt is a configuration error at rng.
func errorAt(errs *config.Errors, rng hcl.Range, format string, args ...any) {
	errs.Add(rng, fmt.Sprintf(format, args...))
}

package config

import (
	"bytes"
	"fmt"
	"path"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/bmatcuk/doublestar/v4"
	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"

	"github.com/schemalint/schemalint/internal/lazyregexp"
	"github.com/schemalint/schemalint/internal/paths"
	"github.com/schemalint/schemalint/internal/severity"
)

// Limits that keep a hostile or mistaken file from exhausting the machine:
// HCL's parser recurses once per nesting level and a Go stack overflow
// cannot be recovered, so depth is checked on the tokens first; and some of
// its error recovery is quadratic, so size and the count of rare tokens
// (operators, heredocs, template directives) are bounded. A real
// configuration is a few kilobytes, a handful of levels deep, and has none
// of those tokens.
const (
	maxFileSize  = 256 << 10
	maxNesting   = 64
	maxOperators = 1000
	maxHeredoc   = 2000 // tokens (about lines); HCL parses a heredoc in quadratic time
)

// Parse decodes the configuration in src, read from path (which error
// messages show as given). See Load.
func Parse(path string, src []byte, known []string) (cfg *Config, err error) {
	defer func() {
		// Every input is meant to give an error, not a panic; this is the
		// net under HCL should it ever fail that.
		if r := recover(); r != nil {
			cfg, err = nil, &Error{Range: startRange(path), Message: fmt.Sprintf("internal error while reading the configuration (%v); please report it", r)}
		}
	}()
	if e := checkText(path, src); e != nil {
		return nil, e
	}
	errs := &Errors{}
	body, diags := parseConfig(src, path)
	if diags.HasErrors() {
		errs.addDiags(diags)
		return nil, errs.Err()
	}
	if body == nil {
		return nil, &Error{Range: startRange(path), Message: "not an HCL configuration"}
	}
	cfg = Default()
	cfg.Path, cfg.Dir, cfg.Src = path, filepath.Dir(path), src
	d := &decoder{errs: errs, known: known, dir: cfg.Dir, root: RepoRoot(cfg.Dir)}
	d.top(body, cfg)
	if err := errs.Err(); err != nil {
		return nil, err
	}
	return cfg, nil
}

func startRange(path string) hcl.Range {
	return hcl.Range{Filename: path, Start: hcl.InitialPos, End: hcl.InitialPos}
}

// checkText rejects what HCL should not even be shown: binary or
// mis-encoded input (one clear error instead of one per byte of junk), a
// file too large to be a configuration, and nesting deep enough to overflow
// the parser's stack.
func checkText(path string, src []byte) *Error {
	if len(src) > maxFileSize {
		return &Error{Range: startRange(path), Message: fmt.Sprintf("file is larger than %d KiB, too large for a configuration", maxFileSize>>10)}
	}
	bad, what := -1, ""
	if i := bytes.IndexByte(src, 0); i >= 0 {
		bad, what = i, "a NUL byte: this looks like a binary file, not a configuration"
	}
	if !utf8.Valid(src) {
		for i := 0; i < len(src) && (bad < 0 || i < bad); {
			r, n := utf8.DecodeRune(src[i:])
			if r == utf8.RuneError && n <= 1 {
				bad, what = i, "invalid UTF-8: a configuration must be UTF-8 text"
				break
			}
			i += n
		}
	}
	if bad >= 0 {
		return &Error{Range: offsetRange(path, src, bad), Message: "file contains " + what}
	}
	if withinLimits(src) {
		return nil
	}
	return tokenLimits(path, src)
}

// tokenLimits enforces the limits on nesting, operators and heredocs over
// HCL's tokens.
func tokenLimits(path string, src []byte) *Error {
	tokens, _ := hclsyntax.LexConfig(src, path, hcl.InitialPos)
	depth, operators, heredoc, inHeredoc := 0, 0, 0, false
	for _, t := range tokens {
		switch t.Type {
		case hclsyntax.TokenOBrace, hclsyntax.TokenOBrack, hclsyntax.TokenOParen, hclsyntax.TokenOQuote,
			hclsyntax.TokenOHeredoc, hclsyntax.TokenTemplateInterp, hclsyntax.TokenTemplateControl:
			depth++
			if depth > maxNesting {
				return &Error{Range: t.Range, Message: fmt.Sprintf("nesting is more than %d levels deep, too deep for a configuration", maxNesting)}
			}
		case hclsyntax.TokenCBrace, hclsyntax.TokenCBrack, hclsyntax.TokenCParen, hclsyntax.TokenCQuote,
			hclsyntax.TokenCHeredoc, hclsyntax.TokenTemplateSeqEnd:
			depth = max(depth-1, 0)
		}
		switch t.Type {
		case hclsyntax.TokenOHeredoc:
			inHeredoc = true
		case hclsyntax.TokenCHeredoc:
			inHeredoc = false
		default:
			if inHeredoc {
				heredoc++
				if heredoc > maxHeredoc {
					return &Error{Range: t.Range, Message: "heredocs are too long for a configuration; use quoted strings"}
				}
			}
		}
		switch t.Type {
		case hclsyntax.TokenBang, hclsyntax.TokenMinus, hclsyntax.TokenStar, hclsyntax.TokenPlus,
			hclsyntax.TokenSlash, hclsyntax.TokenPercent, hclsyntax.TokenAnd, hclsyntax.TokenOr,
			hclsyntax.TokenEqualOp, hclsyntax.TokenNotEqual, hclsyntax.TokenLessThan, hclsyntax.TokenLessThanEq,
			hclsyntax.TokenGreaterThan, hclsyntax.TokenGreaterThanEq, hclsyntax.TokenQuestion,
			hclsyntax.TokenEllipsis, hclsyntax.TokenFatArrow, hclsyntax.TokenTemplateControl:
			operators++
			if operators > maxOperators {
				return &Error{Range: t.Range, Message: fmt.Sprintf("more than %d operators, too many for a configuration", maxOperators)}
			}
		}
	}
	return nil
}

// withinLimits reports, without HCL's lexer (which parsing runs anyway),
// that src is within the limits checkText's walk over the tokens enforces.
// It follows the lexer where nesting is decided, outside and inside quoted
// strings and in line comments, and gives up on anything else (a heredoc,
// a template sequence, a block comment, a line break in a string), which
// then takes the walk. Its count of operators is at least the lexer's: it
// counts each character that may start one, outside strings and comments.
func withinLimits(src []byte) bool {
	depth, deepest, operators := 0, 0, 0
	next := func(i int) byte {
		if i+1 < len(src) {
			return src[i+1]
		}
		return 0
	}
	for i := 0; i < len(src); i++ {
		switch c := src[i]; c {
		case '#':
			i = lineEnd(src, i)
		case '/':
			switch next(i) {
			case '/':
				i = lineEnd(src, i)
			case '*':
				return false
			default:
				operators++
			}
		case '"':
			deepest = max(deepest, depth+1)
			end, ok := quotedEnd(src, i)
			if !ok {
				return false
			}
			i = end
		case '{', '[', '(':
			depth++
			deepest = max(deepest, depth)
		case '}', ']', ')':
			depth = max(depth-1, 0)
		case '<':
			if next(i) == '<' {
				return false
			}
			operators++
		case '$', '%':
			if next(i) == '{' {
				return false
			}
			operators++
		case '!', '-', '*', '+', '&', '|', '>', '?':
			operators++
		case '=':
			if n := next(i); n == '=' || n == '>' {
				operators++
			}
		case '.':
			if next(i) == '.' {
				operators++
			}
		}
	}
	return deepest <= maxNesting && operators <= maxOperators
}

// lineEnd is the offset of the line break ending the line at i, or the end
// of src.
func lineEnd(src []byte, i int) int {
	if j := bytes.IndexByte(src[i:], '\n'); j >= 0 {
		return i + j
	}
	return len(src)
}

// offsetRange is the position of a byte offset, counting columns in code
// points; src[:offset] is valid UTF-8.
func offsetRange(path string, src []byte, offset int) hcl.Range {
	p := hcl.Pos{Line: 1, Column: 1, Byte: offset}
	for _, r := range string(src[:offset]) {
		if r == '\n' {
			p.Line, p.Column = p.Line+1, 1
		} else {
			p.Column++
		}
	}
	return hcl.Range{Filename: path, Start: p, End: p}
}

type decoder struct {
	errs  *Errors
	known []string // nil: any rule id
	// dir is the configuration's folder, which its paths are relative to;
	// root the repository holding it, which no path may leave.
	dir, root string
}

// attrSpec and blockSpec describe what a block may contain.
type attrSpec struct {
	name   string
	decode func(a *hclsyntax.Attribute)
}

type blockSpec struct {
	name   string
	decode func(b *hclsyntax.Block)
}

// body checks every attribute and block of b against the specs and decodes
// the known ones, in file order. where names the block for messages ("" at
// the top level).
func (d *decoder) body(where string, b *hclsyntax.Body, attrs []attrSpec, blocks []blockSpec) {
	attrNames := make([]string, len(attrs))
	for i, s := range attrs {
		attrNames[i] = s.name
	}
	blockNames := make([]string, len(blocks))
	for i, s := range blocks {
		blockNames[i] = s.name
	}
	in := ""
	if where != "" {
		in = " in the " + where + " block"
	}
	for _, a := range sortedAttrs(b) {
		i := slices.Index(attrNames, a.Name)
		switch {
		case i >= 0:
			attrs[i].decode(a)
		case slices.Contains(blockNames, a.Name):
			d.errs.addf(a.NameRange, "%s is a block, not an attribute; write %s { … }", a.Name, a.Name)
		case misplaced[where][a.Name] != "":
			d.errs.addf(a.NameRange, "unknown attribute %q%s: it belongs in the %s block; write %s", a.Name, in, misplaced[where][a.Name], nestedIn(where, misplaced[where][a.Name], a.Name))
		default:
			d.errs.Add(a.NameRange, unknown("attribute", a.Name, in, attrNames))
		}
	}
	for _, blk := range b.Blocks {
		i := slices.Index(blockNames, blk.Type)
		switch {
		case i >= 0:
			blocks[i].decode(blk)
		case slices.Contains(attrNames, blk.Type):
			d.errs.addf(blk.TypeRange, "%s is an attribute, not a block; write %s = …", blk.Type, blk.Type)
		default:
			d.errs.Add(blk.TypeRange, unknown("block", blk.Type, in, blockNames))
		}
	}
}

// misplaced names, for a block ("" the top level), the attributes of the
// blocks it holds, written one level too high by mistake, with the block
// each belongs in: `tenancy { membership_models = … }` is a setting of
// tenancy's queries block, and told so, not only called unknown.
var misplaced = map[string]map[string]string{
	"":        {"fields": "tenancy", "global_models": "tenancy"},
	"tenancy": {"paths": "queries", "exclude": "queries", "scoped_clients": "queries", "scoped_operations": "queries", "membership_models": "queries", "caller_identity": "queries", "file": "registry", "symbol": "registry"},
}

// nestedIn writes attribute name inside block, itself inside where.
func nestedIn(where, block, name string) string {
	s := block + " { " + name + " = … }"
	if where != "" {
		s = where + " { " + s + " }"
	}
	return s
}

func unknown(kind, name, in string, valid []string) string {
	if s := suggest(name, valid); s != "" {
		return fmt.Sprintf("unknown %s %q%s; did you mean %q?", kind, name, in, s)
	}
	if len(valid) == 0 {
		return fmt.Sprintf("unknown %s %q%s; it takes no %ss", kind, name, in, kind)
	}
	return fmt.Sprintf("unknown %s %q%s; expected %s", kind, name, in, orList(valid))
}

func sortedAttrs(b *hclsyntax.Body) []*hclsyntax.Attribute {
	out := make([]*hclsyntax.Attribute, 0, len(b.Attributes))
	for _, a := range b.Attributes {
		out = append(out, a)
	}
	slices.SortFunc(out, func(x, y *hclsyntax.Attribute) int { return x.SrcRange.Start.Byte - y.SrcRange.Start.Byte })
	return out
}

func (d *decoder) top(b *hclsyntax.Body, c *Config) {
	seen := map[string]*hclsyntax.Block{}
	once := func(name string, decode func(*hclsyntax.Block)) blockSpec {
		return blockSpec{name, func(blk *hclsyntax.Block) {
			if !d.noLabel(blk) {
				return
			}
			if first := seen[name]; first != nil {
				d.errs.addf(blk.TypeRange, "duplicate %s block (the first is at %s); merge them", name, Pos(first.TypeRange))
				return
			}
			seen[name] = blk
			decode(blk)
		}}
	}
	d.body("", b,
		[]attrSpec{
			{"fail_on", func(a *hclsyntax.Attribute) { d.severity(a, &c.FailOn) }},
			{"max_file_size", func(a *hclsyntax.Attribute) { d.size(a, &c.MaxFileSize) }},
			{"version", func(a *hclsyntax.Attribute) { d.version(a, c) }},
		},
		[]blockSpec{
			once("schema", func(blk *hclsyntax.Block) { d.schema(blk, c) }),
			once("sql", func(blk *hclsyntax.Block) { d.sql(blk, c) }),
			once("tenancy", func(blk *hclsyntax.Block) { d.tenancy(blk, c) }),
			once("sensitive", func(blk *hclsyntax.Block) { d.sensitive(blk, c) }),
			once("base", func(blk *hclsyntax.Block) { d.base(blk, c) }),
			once("baseline", func(blk *hclsyntax.Block) { d.baseline(blk, c) }),
			{"rule", func(blk *hclsyntax.Block) { d.rule(blk, c) }},
			{"ignore", func(blk *hclsyntax.Block) { d.ignore(blk, c) }},
			{"views", func(blk *hclsyntax.Block) { d.views(blk, c) }},
			{"consume", func(blk *hclsyntax.Block) { d.consume(blk, c) }},
			{"tenant_schema", func(blk *hclsyntax.Block) { d.tenantSchema(blk, c) }},
		})
	d.checkViews(c)
}

// labels checks that blk has n labels (0 or 1 here).
// noLabel reports a label on a block that takes none.
func (d *decoder) noLabel(blk *hclsyntax.Block) bool {
	if len(blk.Labels) == 0 {
		return true
	}
	d.errs.addf(blk.LabelRanges[0], "the %s block takes no label", blk.Type)
	return false
}

// label reads the one label of blocks like rule "<id>" { … }; what names
// the label in errors ("the rule id"), example shows one.
func (d *decoder) label(blk *hclsyntax.Block, what, example string) (Located, bool) {
	switch len(blk.Labels) {
	case 1:
		return Located{blk.Labels[0], blk.LabelRanges[0]}, true
	case 0:
		d.errs.addf(blk.TypeRange, "the %s block needs %s as its label, like %s %q { … }", blk.Type, what, blk.Type, example)
	default:
		d.errs.addf(blk.LabelRanges[1], "the %s block takes one label, %s", blk.Type, what)
	}
	return Located{}, false
}

func (d *decoder) schema(blk *hclsyntax.Block, c *Config) {
	d.body("schema", blk.Body, []attrSpec{
		{"paths", func(a *hclsyntax.Attribute) { d.globs(a, &c.Schema.Paths, &c.Schema.PathRanges) }},
		{"exclude", func(a *hclsyntax.Attribute) { d.globs(a, &c.Schema.Exclude, &c.Schema.ExcludeRanges) }},
	}, nil)
}

func (d *decoder) baseline(blk *hclsyntax.Block, c *Config) {
	d.body("baseline", blk.Body, []attrSpec{
		{"file", func(a *hclsyntax.Attribute) {
			s, ok := d.string(a)
			switch {
			case !ok || !d.path(a.Expr.Range(), s):
			case strings.ContainsAny(s, "*?[{"):
				d.errs.addf(a.Expr.Range(), "the baseline is one file, not a glob; give its path")
			default:
				c.Baseline = s
			}
		}},
	}, nil)
}

func (d *decoder) sql(blk *hclsyntax.Block, c *Config) {
	d.body("sql", blk.Body, []attrSpec{
		{"views", func(a *hclsyntax.Attribute) { d.globs(a, &c.SQL.Views, &c.SQL.ViewRanges) }},
		{"migrations", func(a *hclsyntax.Attribute) { d.globs(a, &c.SQL.Migrations, &c.SQL.MigrationRanges) }},
	}, nil)
}

// namePattern tells the names a setting accepts.
type namePattern interface{ MatchString(s string) bool }

// identifier is ^[A-Za-z_][A-Za-z0-9_]*$, tested byte by byte: a views
// block names hundreds of models, views and fields, and the regexp took a
// quarter of decoding them.
var identifier namePattern = identifierName{}

type identifierName struct{}

func (identifierName) MatchString(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '_' || i > 0 && '0' <= c && c <= '9') {
			return false
		}
	}
	return s != ""
}

var (
	jsIdentifier = lazyregexp.New(`^[A-Za-z_$][A-Za-z0-9_$]*$`)
	prismaName   = lazyregexp.New(`^[A-Za-z_][A-Za-z0-9_]*$`)
	modelField   = lazyregexp.New(`^[A-Za-z_][A-Za-z0-9_]*\.[A-Za-z_][A-Za-z0-9_]*$`)
)

func (d *decoder) tenancy(blk *hclsyntax.Block, c *Config) {
	c.Tenancy.Configured = true
	var seenQueries *hclsyntax.Block
	d.body("tenancy", blk.Body, []attrSpec{
		{"fields", func(a *hclsyntax.Attribute) {
			list, ranges, ok := d.strings(a)
			if !ok {
				return
			}
			if len(list) == 0 {
				d.errs.addf(a.Expr.Range(), "fields is empty; list the tenant field names, like [\"organizationId\"]")
				return
			}
			if d.each(list, ranges, identifier, "is not a field name") {
				c.Tenancy.Fields, c.Tenancy.FieldRanges = list, ranges
			}
		}},
		{"global_models", func(a *hclsyntax.Attribute) {
			list, ranges, ok := d.strings(a)
			if ok && d.each(list, ranges, identifier, "is not a model name") {
				c.Tenancy.GlobalModels, c.Tenancy.GlobalModelRanges = list, ranges
			}
		}},
	}, []blockSpec{{"queries", func(qb *hclsyntax.Block) {
		if !d.noLabel(qb) {
			return
		}
		if seenQueries != nil {
			d.errs.addf(qb.TypeRange, "duplicate queries block (the first is at %s); merge them", Pos(seenQueries.TypeRange))
			return
		}
		seenQueries = qb
		d.queries(qb, &c.Tenancy.Queries)
	}}, {"registry", func(rb *hclsyntax.Block) {
		if !d.noLabel(rb) {
			return
		}
		if c.Tenancy.Registry != nil {
			d.errs.addf(rb.TypeRange, "duplicate registry block (the first is at %s); merge them", Pos(c.Tenancy.Registry.Range))
			return
		}
		r := &Registry{Range: rb.TypeRange}
		var hasFile, hasSymbol bool
		d.body("registry", rb.Body, []attrSpec{
			{"file", func(a *hclsyntax.Attribute) {
				hasFile = true
				if s, ok := d.string(a); ok {
					if d.path(a.Expr.Range(), s) {
						r.File = s
					}
				}
			}},
			{"symbol", func(a *hclsyntax.Attribute) {
				hasSymbol = true
				if s, ok := d.string(a); ok {
					if !jsIdentifier.MatchString(s) {
						d.errs.addf(a.Expr.Range(), "%q is not a JavaScript identifier; give the name the list of scoped models is bound to, like \"ORG_SCOPED_MODELS\"", s)
						return
					}
					r.Symbol = s
				}
			}},
		}, nil)
		if !hasFile {
			d.errs.addf(rb.TypeRange, "the registry block needs file = \"…\", the TypeScript or JavaScript file that lists the tenant-scoped models")
		}
		if !hasSymbol {
			d.errs.addf(rb.TypeRange, "the registry block needs symbol = \"…\", the name the list of tenant-scoped models is bound to, like \"ORG_SCOPED_MODELS\"")
		}
		c.Tenancy.Registry = r
	}}})
}

// prismaOperations are the client operations a scoped client may filter.
var prismaOperations = lazyregexp.New(`^(findUnique|findUniqueOrThrow|findFirst|findFirstOrThrow|findMany|count|aggregate|groupBy|update|updateMany|updateManyAndReturn|upsert|delete|deleteMany)$`)

// receiver is a client as the code names it: prisma, ctx.orgDb, this.db.
var receiver = lazyregexp.New(`^[A-Za-z_$][A-Za-z0-9_$]*(\.[A-Za-z_$][A-Za-z0-9_$]*)*$`)

func (d *decoder) queries(blk *hclsyntax.Block, q *Queries) {
	var paths, exclude []string
	var pathRanges, excludeRanges []hcl.Range
	d.body("queries", blk.Body, []attrSpec{
		{"paths", func(a *hclsyntax.Attribute) {
			if d.globs(a, &paths, &pathRanges) {
				q.Paths, q.PathRanges = paths, pathRanges
			}
		}},
		{"exclude", func(a *hclsyntax.Attribute) {
			if d.globs(a, &exclude, &excludeRanges) {
				q.Exclude, q.ExcludeRanges = exclude, excludeRanges
			}
		}},
		{"scoped_clients", func(a *hclsyntax.Attribute) {
			list, ranges, ok := d.strings(a)
			if ok && d.each(list, ranges, receiver, "is not a client expression; give it as the code writes it, like \"ctx.orgDb\"") {
				q.ScopedClients = list
			}
		}},
		{"scoped_operations", func(a *hclsyntax.Attribute) {
			list, ranges, ok := d.strings(a)
			if ok && d.each(list, ranges, prismaOperations, "is not a Prisma operation whose where can be filtered; use findMany, findFirst, count, …") {
				q.ScopedOperations = list
			}
		}},
		{"membership_models", func(a *hclsyntax.Attribute) {
			list, ranges, ok := d.strings(a)
			if ok && d.each(list, ranges, prismaName, "is not a model name; give it as the schema writes it, like \"Member\"") {
				q.MembershipModels, q.MembershipRanges = list, ranges
			}
		}},
		{"caller_identity", func(a *hclsyntax.Attribute) {
			list, ranges, ok := d.strings(a)
			if ok && d.callerIdentities(list, ranges) {
				q.CallerIdentity, q.CallerIdentityRanges = list, ranges
			}
		}},
	}, nil)
}

// callerPath is a property path to the signed-in user's row: at least two
// names, the first the parameter it is read from (ctx.session.user).
var callerPath = lazyregexp.New(`^[A-Za-z_$][A-Za-z0-9_$]*(\.[A-Za-z_$][A-Za-z0-9_$]*)+$`)

// callerCall is a call's result holding the signed-in user's row, or a
// property path from it: the call takes no arguments (getCurrentUser(),
// auth().user).
var callerCall = lazyregexp.New(`^[A-Za-z_$][A-Za-z0-9_$]*\(\)(\.[A-Za-z_$][A-Za-z0-9_$]*)*$`)

// callerDecorator is a parameter decorator naming the signed-in user
// (@CurrentUser).
var callerDecorator = lazyregexp.New(`^@[A-Za-z_$][A-Za-z0-9_$]*$`)

// callerIdentities checks each caller_identity entry: a path of two names
// or more (a bare name would make every parameter so named, in any
// helper, the caller), a call's result with no arguments or a path from
// it, or a decorator. A path ending in the user's id or email names a
// field, not the user whose fields the rule reads.
func (d *decoder) callerIdentities(list []string, ranges []hcl.Range) bool {
	ok := true
	for i, s := range list {
		switch {
		case callerDecorator.MatchString(s):
		case !callerPath.MatchString(s) && !callerCall.MatchString(s):
			d.errs.addf(ranges[i], "%q is not a caller identity; give the property path the signed-in user's row is read from, rooted at a parameter, like \"ctx.session.user\", or at the result of a call with no arguments, like \"getCurrentUser()\" or \"auth().user\", or a parameter decorator, like \"@CurrentUser\"", s)
			ok = false
		case strings.HasSuffix(s, ".id") || strings.HasSuffix(s, ".email"):
			d.errs.addf(ranges[i], "%q names a field of the user; give the path of the user itself, like %q", s, s[:strings.LastIndexByte(s, '.')])
			ok = false
		}
	}
	return ok
}

func (d *decoder) sensitive(blk *hclsyntax.Block, c *Config) {
	var extra []string
	d.body("sensitive", blk.Body, []attrSpec{
		{"patterns", func(a *hclsyntax.Attribute) {
			if list, ok := d.patterns(a); ok {
				c.Sensitive.Patterns = list
			}
		}},
		{"extra_patterns", func(a *hclsyntax.Attribute) {
			if list, ok := d.patterns(a); ok {
				extra = list
			}
		}},
		{"allow", func(a *hclsyntax.Attribute) {
			list, ranges, ok := d.strings(a)
			if ok && d.each(list, ranges, modelField, "is not Model.field, like \"User.passwordChangedAt\"") {
				c.Sensitive.Allow = list
			}
		}},
	}, nil)
	c.Sensitive.Patterns = append(c.Sensitive.Patterns, extra...)
	c.Sensitive.compile()
}

func (d *decoder) patterns(a *hclsyntax.Attribute) ([]string, bool) {
	list, ranges, ok := d.strings(a)
	if !ok {
		return nil, false
	}
	for i, p := range list {
		if _, err := compilePattern(p); err != nil {
			d.errs.addf(ranges[i], "%s", err)
			ok = false
		}
	}
	return list, ok
}

func (d *decoder) rule(blk *hclsyntax.Block, c *Config) {
	label, ok := d.label(blk, "the rule id", "tenant-index-missing")
	if !ok {
		return
	}
	name, nameRange := label.Value, label.Range
	valid := d.ruleID(nameRange, name)
	// Everything but enabled and severity stays in Options, for the rule to
	// decode against its own schema.
	_, remain, diags := blk.Body.PartialContent(&hcl.BodySchema{Attributes: []hcl.AttributeSchema{{Name: "enabled"}, {Name: "severity"}}})
	d.errs.addDiags(diags)
	rc := &RuleConfig{Name: name, Options: remain, Range: blk.DefRange(), body: blk.Body}
	if a := blk.Body.Attributes["enabled"]; a != nil {
		if v, ok := d.bool(a); ok {
			rc.Enabled = &v
		}
	}
	if a := blk.Body.Attributes["severity"]; a != nil {
		var s severity.Severity
		if d.severity(a, &s) {
			rc.Severity = &s
		}
	}
	if !valid {
		return
	}
	if first := c.Rules[name]; first != nil {
		d.errs.addf(nameRange, "duplicate rule %q (the first is at %s); merge the two blocks", name, Pos(first.Range))
		return
	}
	c.Rules[name] = rc
}

func (d *decoder) ruleID(rng hcl.Range, name string) bool {
	if d.known == nil || slices.Contains(d.known, name) {
		return true
	}
	if s := suggest(name, d.known); s != "" {
		d.errs.addf(rng, "unknown rule %q; did you mean %q?", name, s)
	} else {
		d.errs.addf(rng, "unknown rule %q; run schemalint rules to list them", name)
	}
	return false
}

func (d *decoder) ignore(blk *hclsyntax.Block, c *Config) {
	if !d.noLabel(blk) {
		return
	}
	ig := Ignore{Range: blk.TypeRange}
	var hasRule, hasPaths, hasReason, ok = false, false, false, true
	d.body("ignore", blk.Body, []attrSpec{
		{"rule", func(a *hclsyntax.Attribute) {
			hasRule = true
			s, good := d.string(a)
			ok = ok && good && d.ruleID(a.Expr.Range(), s)
			ig.Rule = s
		}},
		{"paths", func(a *hclsyntax.Attribute) {
			hasPaths = true
			ok = ok && d.globs(a, &ig.Paths, &ig.PathRanges)
			if ok && len(ig.Paths) == 0 {
				d.errs.addf(a.Expr.Range(), "paths is empty; list the files the ignore applies to, like [\"prisma/legacy/**\"]")
				ok = false
			}
		}},
		{"reason", func(a *hclsyntax.Attribute) {
			hasReason = true
			s, good := d.string(a)
			if good && strings.TrimSpace(s) == "" {
				d.errs.addf(a.Expr.Range(), "reason is empty; say why the rule does not apply to these files")
				good = false
			}
			ok = ok && good
			ig.Reason = s
		}},
	}, nil)
	for _, missing := range []struct {
		has  bool
		what string
	}{
		{hasRule, `rule = "<rule-id>"`},
		{hasPaths, `paths = ["<glob>", …]`},
		{hasReason, `reason = "…" saying why the rule does not apply to these files`},
	} {
		if !missing.has {
			d.errs.addf(blk.TypeRange, "the ignore block needs %s", missing.what)
			ok = false
		}
	}
	if ok {
		c.Ignores = append(c.Ignores, ig)
	}
}

// gitRef is what a base ref may look like: no whitespace or control
// characters, and no leading dash that git would take for an option.
var gitRef = lazyregexp.New(`^[^-\s\x00-\x1f\x7f][^\s\x00-\x1f\x7f]*$`)

func (d *decoder) base(blk *hclsyntax.Block, c *Config) {
	var b *Base
	d.body("base", blk.Body, []attrSpec{
		{"ref", func(a *hclsyntax.Attribute) {
			s, ok := d.string(a)
			switch {
			case !ok:
			case s == "":
				d.errs.addf(a.Expr.Range(), "ref is empty; name the git ref the breaking-change rules compare with, like \"origin/main\"")
			case !gitRef.MatchString(s):
				d.errs.addf(a.Expr.Range(), "%q is not a git ref; name a branch, tag or commit, like \"origin/main\"", s)
			default:
				b = &Base{Ref: s, Range: a.Expr.Range()}
			}
		}},
	}, nil)
	if _, has := blk.Body.Attributes["ref"]; !has {
		d.errs.addf(blk.TypeRange, "the base block needs ref = \"…\", the git ref the breaking-change rules compare with, like \"origin/main\"")
	}
	c.Base = b
}

// Values.

// eval evaluates an attribute's value: constants only, never null.
func (d *decoder) eval(a *hclsyntax.Attribute, want string) (cty.Value, bool) {
	if v, ok := literal(a.Expr); ok {
		return v, true
	}
	if vars := a.Expr.Variables(); len(vars) > 0 {
		t := vars[0]
		if inTemplate(a.Expr, t.SourceRange()) {
			d.errs.addf(t.SourceRange(), "a configuration has no variables, so ${…} cannot be used; write the text itself")
		} else {
			text := traversalText(t)
			d.errs.addf(t.SourceRange(), "%s is not a value; quote it: %q", text, text)
		}
		return cty.NilVal, false
	}
	v, diags := a.Expr.Value(nil)
	if diags.HasErrors() {
		d.errs.addDiags(diags)
		return cty.NilVal, false
	}
	if v.IsNull() || !v.IsWhollyKnown() {
		d.errs.addf(a.Expr.Range(), "%s must be %s, not %s", a.Name, want, typeName(v))
		return cty.NilVal, false
	}
	return v, true
}

// literal is the value of a quoted string without interpolation, or of a
// list of them, which is what almost every attribute is: HCL would walk
// the expression for variables and then evaluate it to the same value,
// which for the hundreds of expose blocks of a large views block costs
// more than decoding them.
func literal(e hclsyntax.Expression) (cty.Value, bool) {
	switch e := e.(type) {
	case *hclsyntax.TemplateExpr:
		if len(e.Parts) != 1 {
			return cty.NilVal, false
		}
		if lit, ok := e.Parts[0].(*hclsyntax.LiteralValueExpr); ok && lit.Val.Type() == cty.String && lit.Val.IsKnown() && !lit.Val.IsNull() && !lit.Val.IsMarked() {
			return lit.Val, true
		}
	case *hclsyntax.TupleConsExpr:
		if len(e.Exprs) == 0 {
			return cty.NilVal, false
		}
		vals := make([]cty.Value, len(e.Exprs))
		for i, x := range e.Exprs {
			v, ok := literal(x)
			if !ok {
				return cty.NilVal, false
			}
			vals[i] = v
		}
		return cty.TupleVal(vals), true
	}
	return cty.NilVal, false
}

// inTemplate reports whether rng lies in a string template of e.
func inTemplate(e hclsyntax.Expression, rng hcl.Range) bool {
	found := false
	hclsyntax.VisitAll(e, func(n hclsyntax.Node) hcl.Diagnostics {
		switch n.(type) {
		case *hclsyntax.TemplateExpr, *hclsyntax.TemplateWrapExpr:
			r := n.Range()
			found = found || (r.Start.Byte <= rng.Start.Byte && rng.End.Byte <= r.End.Byte)
		}
		return nil
	})
	return found
}

func traversalText(t hcl.Traversal) string {
	var b strings.Builder
	for _, step := range t {
		switch s := step.(type) {
		case hcl.TraverseRoot:
			b.WriteString(s.Name)
		case hcl.TraverseAttr:
			b.WriteString("." + s.Name)
		default:
			return b.String()
		}
	}
	return b.String()
}

func typeName(v cty.Value) string {
	switch t := v.Type(); {
	case v.IsNull():
		return "null"
	case !v.IsKnown():
		return "an unknown value"
	case t == cty.String:
		return "a string"
	case t == cty.Number:
		return "a number"
	case t == cty.Bool:
		return "a bool"
	case t.IsListType(), t.IsTupleType(), t.IsSetType():
		return "a list"
	case t.IsMapType(), t.IsObjectType():
		return "an object"
	}
	return "a " + v.Type().FriendlyName()
}

func (d *decoder) string(a *hclsyntax.Attribute) (string, bool) {
	v, ok := d.eval(a, "a string")
	if !ok {
		return "", false
	}
	if v.Type() != cty.String {
		d.errs.addf(a.Expr.Range(), "%s must be a string, not %s", a.Name, typeName(v))
		return "", false
	}
	return v.AsString(), true
}

func (d *decoder) bool(a *hclsyntax.Attribute) (bool, bool) {
	v, ok := d.eval(a, "true or false")
	if !ok {
		return false, false
	}
	if v.Type() != cty.Bool {
		msg := fmt.Sprintf("%s must be true or false, not %s", a.Name, typeName(v))
		if v.Type() == cty.String && (v.AsString() == "true" || v.AsString() == "false") {
			msg += fmt.Sprintf("; write %s without quotes", v.AsString())
		}
		d.errs.Add(a.Expr.Range(), msg)
		return false, false
	}
	return v.True(), true
}

// version reads the rule-set version: a whole number from 1. Whether this
// schemalint knows it is the linter's to say (it knows its rules).
func (d *decoder) version(a *hclsyntax.Attribute, c *Config) {
	const want = "a whole number like 1"
	v, ok := d.eval(a, want)
	if !ok {
		return
	}
	if v.Type() != cty.Number || !v.AsBigFloat().IsInt() {
		d.errs.addf(a.Expr.Range(), "version must be %s, not %s", want, typeName(v))
		return
	}
	n, _ := v.AsBigFloat().Int64()
	if n < 1 || n > 1000 {
		d.errs.addf(a.Expr.Range(), "version %d does not exist; versions count from 1", n)
		return
	}
	c.Version, c.VersionRange = int(n), a.Expr.Range()
}

// size reads a byte count written "64MiB", "512KiB", "1GiB" or as a
// plain number of bytes.
func (d *decoder) size(a *hclsyntax.Attribute, dst *int64) {
	const want = `a size like "64MiB"`
	v, ok := d.eval(a, want)
	if !ok {
		return
	}
	if v.Type() != cty.String {
		d.errs.addf(a.Expr.Range(), "%s must be %s, not %s", a.Name, want, typeName(v))
		return
	}
	n, err := parseSize(v.AsString())
	if err != nil {
		d.errs.addf(a.Expr.Range(), "%s: %v", a.Name, err)
		return
	}
	*dst = n
}

func parseSize(s string) (int64, error) {
	num := strings.TrimRightFunc(s, func(r rune) bool { return r < '0' || r > '9' })
	unit := strings.TrimSpace(s[len(num):])
	mult := map[string]int64{"": 1, "B": 1, "KiB": 1 << 10, "MiB": 1 << 20, "GiB": 1 << 30}[unit]
	n, err := strconv.ParseInt(strings.TrimSpace(num), 10, 64)
	switch {
	case mult == 0 || err != nil:
		return 0, fmt.Errorf("%q is not a size; write it like \"64MiB\" (B, KiB, MiB or GiB)", s)
	case n <= 0 || n > (4<<30)/mult:
		return 0, fmt.Errorf("%q is out of range; give 1 B to 4 GiB", s)
	}
	return n * mult, nil
}

func (d *decoder) severity(a *hclsyntax.Attribute, dst *severity.Severity) bool {
	want := severity.Choices()
	v, ok := d.eval(a, want)
	if !ok {
		return false
	}
	if v.Type() != cty.String {
		d.errs.addf(a.Expr.Range(), "%s must be %s, not %s", a.Name, want, typeName(v))
		return false
	}
	s, err := severity.Parse(v.AsString())
	if err != nil {
		d.errs.addf(a.Expr.Range(), "%s: %v", a.Name, err)
		return false
	}
	*dst = s
	return true
}

// strings reads a list of strings, with the range of each element (the
// whole value's range when the list is not written out element by element).
func (d *decoder) strings(a *hclsyntax.Attribute) ([]string, []hcl.Range, bool) {
	// A list of quoted strings, as nearly every list is, is read as it
	// stands: what the value below would give, without building it and
	// walking it back (a views block's fields, hundreds of lists).
	if tuple, ok := a.Expr.(*hclsyntax.TupleConsExpr); ok && len(tuple.Exprs) > 0 {
		list := make([]string, len(tuple.Exprs))
		ranges := make([]hcl.Range, len(tuple.Exprs))
		plain := true
		for i, x := range tuple.Exprs {
			v, ok := literal(x)
			if !ok || v.Type() != cty.String {
				plain = false
				break
			}
			list[i], ranges[i] = v.AsString(), x.Range()
		}
		if plain {
			return list, ranges, true
		}
	}
	v, ok := d.eval(a, "a list of strings")
	if !ok {
		return nil, nil, false
	}
	t := v.Type()
	if !t.IsListType() && !t.IsTupleType() && !t.IsSetType() {
		msg := fmt.Sprintf("%s must be a list of strings, not %s", a.Name, typeName(v))
		if t == cty.String {
			msg += fmt.Sprintf("; write [%q]", v.AsString())
		}
		d.errs.Add(a.Expr.Range(), msg)
		return nil, nil, false
	}
	var elems []hclsyntax.Expression
	if tuple, ok := a.Expr.(*hclsyntax.TupleConsExpr); ok && len(tuple.Exprs) == v.LengthInt() {
		elems = tuple.Exprs
	}
	list := make([]string, 0, v.LengthInt())
	ranges := make([]hcl.Range, 0, v.LengthInt())
	i := 0
	for it := v.ElementIterator(); it.Next(); i++ {
		_, e := it.Element()
		rng := a.Expr.Range()
		if elems != nil {
			rng = elems[i].Range()
		}
		if e.IsNull() || e.Type() != cty.String {
			d.errs.addf(rng, "%s[%d] must be a string, not %s", a.Name, i, typeName(e))
			ok = false
			continue
		}
		list = append(list, e.AsString())
		ranges = append(ranges, rng)
	}
	return list, ranges, ok
}

// each checks every element against re.
func (d *decoder) each(list []string, ranges []hcl.Range, re namePattern, complaint string) bool {
	ok := true
	for i, s := range list {
		if !re.MatchString(s) {
			d.errs.addf(ranges[i], "%q %s", s, complaint)
			ok = false
		}
	}
	return ok
}

// globs reads a list of doublestar globs into dst, and where each is into
// rngs.
func (d *decoder) globs(a *hclsyntax.Attribute, dst *[]string, rngs *[]hcl.Range) bool {
	list, ranges, ok := d.strings(a)
	if !ok {
		return false
	}
	for i, g := range list {
		if !d.path(ranges[i], g) {
			ok = false
			continue
		}
		if !doublestar.ValidatePattern(g) {
			d.errs.addf(ranges[i], "%q is not a valid glob: a [ ] or { } is unclosed, unmatched or empty", g)
			ok = false
		}
	}
	if ok {
		*dst, *rngs = list, ranges
	}
	return ok
}

// path checks what every path in the file needs.
func (d *decoder) path(rng hcl.Range, p string) bool {
	switch {
	case strings.TrimSpace(p) == "":
		d.errs.addf(rng, "empty path; give a file, a folder or a glob")
	case strings.Contains(p, `\`):
		d.errs.addf(rng, "%q contains a backslash; write paths with forward slashes", p)
	case path.IsAbs(p) || isDriveLetter(p):
		d.errs.addf(rng, "%q is an absolute path; write it relative to %s, inside the repository", p, FileName)
	case !d.inRepository(p):
		d.errs.addf(rng, "%q leaves the repository; schemalint reads and writes only inside it", p)
	default:
		return true
	}
	return false
}

// isDriveLetter spots Windows absolute paths (C:/x), which path.IsAbs
// does not.
func isDriveLetter(p string) bool {
	return len(p) >= 2 && p[1] == ':' && (p[0]|0x20 >= 'a' && p[0]|0x20 <= 'z')
}

// inRepository reports whether a relative path or glob stays inside the
// repository: only a leading run of ".." can leave it.
func (d *decoder) inRepository(p string) bool {
	clean := path.Clean(p)
	if clean != ".." && !strings.HasPrefix(clean, "../") {
		return true
	}
	dir, err := paths.Absolute(d.dir)
	if err != nil {
		return false
	}
	return paths.Inside(d.root, filepath.Join(dir, filepath.FromSlash(clean)))
}

// quotedEnd returns the index of the '"' that closes the quoted string
// opening at src[i], read as HCL's lexer reads it; ok is false where this
// scan does not follow the lexer: a line break, a template sequence (${ or
// %{), or no closing quote.
func quotedEnd(src []byte, i int) (end int, ok bool) {
	for i++; i < len(src); i++ {
		switch src[i] {
		case '"':
			return i, true
		case '\\':
			i++
			if i >= len(src) || src[i] == '\n' || src[i] == '\r' {
				return 0, false
			}
		case '\n', '\r':
			return 0, false
		case '$', '%':
			if i+1 < len(src) && src[i+1] == '{' {
				return 0, false
			}
		}
	}
	return 0, false
}

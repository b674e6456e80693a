package prisma

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/schemalint/schemalint/internal/lazyregexp"
	"github.com/schemalint/schemalint/internal/paths"
)

// ErrNoSchema is returned by Discover when no schema can be found.
var ErrNoSchema = errors.New("no Prisma schema found: looked at prisma.config.ts, package.json (prisma.schema), prisma/schema.prisma, prisma/schema/ and schema.prisma; pass the schema's path")

// configSchema matches `schema: "path"` in prisma.config.ts. The config is
// TypeScript; a literal path is what `prisma init` writes and what teams
// keep, so reading the literal avoids running Node.
var configSchema = lazyregexp.New(`(?m)^\s*schema\s*:\s*["'` + "`" + `]([^"'` + "`" + `]+)["'` + "`" + `]`)

// configSchemaKey finds a `schema:` key whose value configSchema cannot
// read (a computed path).
var configSchemaKey = lazyregexp.New(`(?m)^\s*schema\s*:`)

// ConfigNames are the names Prisma reads its configuration from, in the
// order it looks for them.
var ConfigNames = []string{"prisma.config.ts", "prisma.config.mts", "prisma.config.js", "prisma.config.mjs"}

// Discover finds the schema of the project in dir the way Prisma does:
// prisma.config.ts `schema`, package.json `prisma.schema`, then the default
// locations. It returns a file or a folder path. A file on the way that
// cannot be read or understood is an error, never a reason to fall back
// to a default location: that could check another schema than Prisma's.
// Those files come with the repository, so a schema path they give must
// stay inside repo, the repository's top level (a monorepo app may name a
// shared package's).
func Discover(read ReadFunc, dir, repo string) (string, error) {
	for _, name := range ConfigNames {
		path := filepath.Join(dir, name)
		b, err := read(path)
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			return "", readError(path, err)
		}
		if m := configSchema.FindSubmatch(b); m != nil {
			return within(dir, repo, name, string(m[1]))
		}
		if loc := configSchemaKey.FindIndex(b); loc != nil {
			match := b[loc[0]:loc[1]]
			key := loc[0] + len(match) - len(bytes.TrimLeft(match, " \t\r\n"))
			idx := newLineIndex(b[:key])
			p := idx.pos(key)
			return "", fmt.Errorf("%s:%d:%d: the schema path is not a string literal, which schemalint does not evaluate; pass the schema's path (schemalint check <path>) or set schema.paths in schemalint.hcl", path, p.Line, p.Col)
		}
	}
	path := filepath.Join(dir, "package.json")
	b, err := read(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
	case err != nil:
		return "", readError(path, err)
	default:
		var pkg struct {
			Prisma struct {
				Schema string `json:"schema"`
			} `json:"prisma"`
		}
		if err := json.Unmarshal(b, &pkg); err != nil {
			return "", fmt.Errorf("%s: %v, so prisma.schema cannot be read from it; fix it, or pass the schema's path", path, err)
		}
		if pkg.Prisma.Schema != "" {
			return within(dir, repo, "package.json", pkg.Prisma.Schema)
		}
	}
	for _, candidate := range []string{"prisma/schema.prisma", "prisma/schema", "schema.prisma"} {
		p := filepath.Join(dir, candidate)
		if _, err := os.Stat(p); err == nil {
			return p, nil
		}
	}
	return "", ErrNoSchema
}

func readError(path string, err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return fmt.Errorf("%s: cannot read: %v", path, pe.Err)
	}
	return err // a refusal that names the file already (a pipe, a link out)
}

// within joins a schema path read from file in dir, refusing one that
// leaves the repository.
func within(dir, repo, file, schema string) (string, error) {
	p := filepath.Join(dir, filepath.FromSlash(schema))
	absRepo, err1 := paths.Absolute(repo)
	absP, err2 := paths.Absolute(p)
	if filepath.IsAbs(schema) || err1 != nil || err2 != nil || !paths.Inside(absRepo, absP) {
		return "", fmt.Errorf("%s: the schema path %q leaves the repository; schemalint reads only inside it", filepath.Join(dir, file), schema)
	}
	return p, nil
}

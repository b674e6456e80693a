package prisma

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
)

// ErrNoSchema is returned by Discover when no schema can be found.
var ErrNoSchema = errors.New("no Prisma schema found: looked at prisma.config.ts, package.json (prisma.schema), prisma/schema.prisma, prisma/schema/ and schema.prisma; pass the schema's path")

// configSchema matches `schema: "path"` in prisma.config.ts. The config is
// TypeScript; a literal path is what `prisma init` writes and what teams
// keep, so reading the literal avoids running Node.
var configSchema = regexp.MustCompile(`(?m)^\s*schema\s*:\s*["'` + "`" + `]([^"'` + "`" + `]+)["'` + "`" + `]`)

// Discover finds the schema of the project in dir the way Prisma does:
// prisma.config.ts `schema`, package.json `prisma.schema`, then the default
// locations. It returns a file or a folder path. Those files come with the
// repository, so a schema path they give must stay inside repo, the
// repository's top level (a monorepo app may name a shared package's).
func Discover(read ReadFunc, dir, repo string) (string, error) {
	for _, name := range []string{"prisma.config.ts", "prisma.config.mts", "prisma.config.js", "prisma.config.mjs"} {
		b, err := read(filepath.Join(dir, name))
		if err != nil {
			continue
		}
		if m := configSchema.FindSubmatch(b); m != nil {
			return within(dir, repo, name, string(m[1]))
		}
	}
	if b, err := read(filepath.Join(dir, "package.json")); err == nil {
		var pkg struct {
			Prisma struct {
				Schema string `json:"schema"`
			} `json:"prisma"`
		}
		if json.Unmarshal(b, &pkg) == nil && pkg.Prisma.Schema != "" {
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

// within joins a schema path read from file in dir, refusing one that
// leaves the repository.
func within(dir, repo, file, schema string) (string, error) {
	p := filepath.Join(dir, filepath.FromSlash(schema))
	absRepo, err1 := filepath.Abs(repo)
	absP, err2 := filepath.Abs(p)
	rel, err3 := filepath.Rel(absRepo, absP)
	if filepath.IsAbs(schema) || err1 != nil || err2 != nil || err3 != nil || !(rel == "." || filepath.IsLocal(rel)) {
		return "", fmt.Errorf("%s: the schema path %q leaves the repository; schemalint reads only inside it", filepath.Join(dir, file), schema)
	}
	return p, nil
}

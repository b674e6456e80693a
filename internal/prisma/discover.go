package prisma

import (
	"encoding/json"
	"errors"
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
// locations. It returns a file or a folder path.
func Discover(dir string) (string, error) {
	for _, name := range []string{"prisma.config.ts", "prisma.config.mts", "prisma.config.js", "prisma.config.mjs"} {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			continue
		}
		if m := configSchema.FindSubmatch(b); m != nil {
			return filepath.Join(dir, string(m[1])), nil
		}
	}
	if b, err := os.ReadFile(filepath.Join(dir, "package.json")); err == nil {
		var pkg struct {
			Prisma struct {
				Schema string `json:"schema"`
			} `json:"prisma"`
		}
		if json.Unmarshal(b, &pkg) == nil && pkg.Prisma.Schema != "" {
			return filepath.Join(dir, pkg.Prisma.Schema), nil
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

package lint

import (
	"regexp"
	"strings"

	"github.com/schemalint/schemalint/internal/config"
	"github.com/schemalint/schemalint/internal/prisma"
)

// A finding can sit in schemalint.hcl (a view taken out of a views block's
// allowlist is reported at the block), so its directives are read like a
// schema's: `// schemalint-ignore <rule> <reason>` or `# …` on the line,
// or alone on the line before.

var hclDirective = regexp.MustCompile(`(//+|#+)\s*schemalint-ignore\b`)

// configDirectives adds the directives of the configuration file to dirs,
// and its text to sources for excerpts, and returns them.
func configDirectives(cfg *config.Config, dirs map[string][]*directive, sources map[string][]byte) []*directive {
	if cfg.Path == "" {
		return nil
	}
	src, err := cfg.ReadFile(cfg.Path)
	if err != nil {
		return nil // config.Load read it; a file gone since has nothing to silence
	}
	sources[cfg.Path] = src
	var out []*directive
	lines := strings.Split(string(src), "\n")
	idx := prisma.NewLineIndex(src)
	offset := 0
	for i, l := range lines {
		if m := hclDirective.FindStringSubmatchIndex(l); m != nil {
			text := "//" + l[m[3]:] // one comment syntax for parseDirective
			if ids, reason, ok := parseDirective(text); ok {
				d := &directive{rules: ids, reason: reason, rng: idx.Range(cfg.Path, offset+m[0], offset+len(strings.TrimRight(l, "\r")))}
				d.from, d.to = i+1, i+1
				if strings.TrimSpace(l[:m[0]]) == "" {
					for j := i + 1; j < len(lines); j++ {
						t := strings.TrimSpace(lines[j])
						if t != "" && !strings.HasPrefix(t, "//") && !strings.HasPrefix(t, "#") {
							d.from, d.to = j+1, j+1
							break
						}
					}
				}
				out = append(out, d)
			}
		}
		offset += len(l) + 1
	}
	dirs[cfg.Path] = append(dirs[cfg.Path], out...)
	return out
}

// excuseConfigDirectives keeps the configuration's directives that name
// only rules comparing with the base from being called unused when there
// was no base to compare with, as excuseDirectives does for the schema's.
func excuseConfigDirectives(dirs []*directive, selected []selectedRule) {
	needy := map[string]bool{}
	for _, sr := range selected {
		if sr.rule.NeedsBase {
			needy[sr.rule.Name] = true
		}
	}
	for _, d := range dirs {
		only := len(d.rules) > 0
		for _, id := range d.rules {
			only = only && needy[id]
		}
		if only {
			d.used = true
		}
	}
}

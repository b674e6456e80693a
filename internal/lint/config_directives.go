package lint

import (
	"bytes"
	"strings"

	"github.com/schemalint/schemalint/internal/config"
	"github.com/schemalint/schemalint/internal/lazyregexp"
	"github.com/schemalint/schemalint/internal/prisma"
)

// A finding can sit in schemalint.hcl (a view taken out of a views block's
// allowlist is reported at the block), so its directives are read like a
// schema's: `// schemalint-ignore <rule> <reason>` or `# …` on the line,
// or alone on the line before.

var hclDirective = lazyregexp.New(`(//+|#+)\s*schemalint-ignore\b`)

// ignoreMarker is in every line hclDirective matches.
const ignoreMarker = "schemalint-ignore"

// configDirectives adds the directives of the configuration file to dirs,
// and its text to sources for excerpts. They are called unused only when
// the rules they name ran (see markRan).
func configDirectives(cfg *config.Config, dirs map[string][]*directive, sources map[string][]byte) {
	if cfg.Path == "" || cfg.Src == nil {
		return
	}
	src := cfg.Src
	sources[cfg.Path] = src
	var out []*directive
	if !bytes.Contains(src, []byte(ignoreMarker)) {
		// Most configurations have no directive: no line need be
		// matched (3,000 lines of expose blocks took 2.4 ms).
		dirs[cfg.Path] = append(dirs[cfg.Path], out...)
		return
	}
	lines := strings.Split(string(src), "\n")
	idx := prisma.NewLineIndex(src)
	offset := 0
	for i, l := range lines {
		if !strings.Contains(l, ignoreMarker) {
			offset += len(l) + 1
			continue
		}
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
}

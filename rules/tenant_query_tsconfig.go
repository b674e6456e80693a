package rules

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"

	"github.com/schemalint/schemalint/internal/paths"
)

// tsconfigs resolves the path aliases of the repository's tsconfig.json
// files for helperIndex: `import { getDoc } from "@/lib/docs"` under
// `"paths": { "@/*": ["./src/*"] }`. It reads, lazily and once per
// folder, the tsconfig.json nearest up the tree from the importing file
// (within the repository), following `extends` to relative files only,
// at most maxExtends deep and never in a loop. A pattern holds at most
// one `*`; an exact pattern wins over a starred one, the longest prefix
// among starred ones (two of one length: none), and the first target that resolves to a file of
// the code is taken, provided no earlier target names a file on disk.
// Without a matching pattern, a baseUrl is tried as TypeScript does. A
// config that cannot be read or understood, an `extends` of a package
// or an array, a target outside the repository or in node_modules: no
// resolution.
type tsconfigs struct {
	root string
	read func(name string) ([]byte, error)

	// governing is, per folder, the config of its files (nil: none, or
	// one that cannot be read).
	governing onceEach[string, *tsconfig]
	// files are the configs read, by path, with their extends applied.
	files onceEach[string, *tsconfig]
	// packages resolve an extends naming a workspace package, and bare
	// specifiers (resolvePackage); nil resolves none.
	packages *workspacePackages
}

// tsconfig is what resolution needs of one config, extends applied.
type tsconfig struct {
	// baseURL is absolute, empty when unset.
	baseURL string
	// pathsDir is the folder of the config that declares paths: their
	// targets are relative to it when no baseUrl is set.
	pathsDir string
	paths    map[string][]string
	// unknown marks a config that governs but cannot be read: nothing
	// it could say is known.
	unknown bool
	// moduleResolution is as written, lower-cased; conditions are the
	// customConditions; rootDir and outDir are absolute, empty when unset.
	moduleResolution string
	conditions       []string
	rootDir, outDir  string
}

// unreadableConfig governs a folder whose tsconfig.json cannot be read.
var unreadableConfig = &tsconfig{unknown: true}

const (
	// maxExtends bounds the chain of extends followed.
	maxExtends = 8
	// maxTSConfigSize is the largest tsconfig read: far above real ones.
	maxTSConfigSize = 1 << 20
)

func newTSConfigs(root string, read func(string) ([]byte, error)) *tsconfigs {
	if root == "" || read == nil {
		return nil
	}
	return &tsconfigs{root: filepath.Clean(root), read: read}
}

// forFile is the config governing the file at path: the tsconfig.json of
// its folder or the nearest one above, up to the repository's top.
func (c *tsconfigs) forFile(path string) *tsconfig {
	dir := filepath.Dir(path)
	if _, inside := paths.Rel(c.root, dir); !inside {
		return nil
	}
	return c.governing.get(dir, func() *tsconfig {
		name := filepath.Join(dir, "tsconfig.json")
		if info, err := os.Lstat(name); err == nil || !os.IsNotExist(err) {
			if err == nil && info.Mode().IsRegular() {
				if cfg := c.file(name); cfg != nil {
					return cfg
				}
			}
			// Anything else there (a link, a folder, an unreadable
			// entry) governs without being understood.
			return unreadableConfig
		}
		if dir == c.root || filepath.Dir(dir) == dir {
			return nil
		}
		return c.forFile(dir)
	})
}

// file is the config at name with its extends applied, read once.
func (c *tsconfigs) file(name string) *tsconfig {
	return c.load(name, nil)
}

func (c *tsconfigs) load(name string, chain []string) *tsconfig {
	if len(chain) > maxExtends {
		return nil
	}
	for _, seen := range chain {
		if seen == name {
			return nil
		}
	}
	if len(chain) > 0 {
		// A base is read apart from the cache: the chain that reaches it
		// decides whether it loops.
		return c.parse(name, chain)
	}
	return c.files.get(name, func() *tsconfig { return c.parse(name, nil) })
}

// parse reads the config at name and the configs it extends.
func (c *tsconfigs) parse(name string, chain []string) *tsconfig {
	if _, inside := paths.Rel(c.root, name); !inside {
		return nil
	}
	if info, err := os.Lstat(name); err != nil || !info.Mode().IsRegular() || info.Size() > maxTSConfigSize {
		return nil
	}
	src, err := c.read(name)
	if err != nil || len(src) > maxTSConfigSize {
		return nil
	}
	var raw struct {
		Extends         json.RawMessage `json:"extends"`
		CompilerOptions struct {
			BaseURL          *string              `json:"baseUrl"`
			Paths            *map[string][]string `json:"paths"`
			ModuleResolution *string              `json:"moduleResolution"`
			CustomConditions *[]string            `json:"customConditions"`
			RootDir          *string              `json:"rootDir"`
			OutDir           *string              `json:"outDir"`
		} `json:"compilerOptions"`
	}
	if err := json.Unmarshal(jsonc(src), &raw); err != nil {
		return nil
	}
	dir := filepath.Dir(name)
	cfg := &tsconfig{}
	if len(raw.Extends) > 0 {
		var ext string
		if json.Unmarshal(raw.Extends, &ext) != nil {
			// An array: not read.
			return nil
		}
		var base string
		if strings.HasPrefix(ext, "./") || strings.HasPrefix(ext, "../") {
			base = filepath.Join(dir, filepath.FromSlash(ext))
			if !strings.HasSuffix(base, ".json") {
				if _, err := os.Lstat(base); err != nil {
					base += ".json"
				}
			}
		} else if base = c.packages.config(dir, ext); base == "" {
			// A package's config that is not one of the repository's
			// packages, or not found exactly.
			return nil
		}
		parent := c.load(base, append(chain, name))
		if parent == nil {
			return nil
		}
		*cfg = *parent
	}
	if b := raw.CompilerOptions.BaseURL; b != nil {
		cfg.baseURL = filepath.Join(dir, filepath.FromSlash(*b))
	}
	if p := raw.CompilerOptions.Paths; p != nil {
		cfg.paths, cfg.pathsDir = *p, dir
	}
	o := raw.CompilerOptions
	if o.ModuleResolution != nil {
		cfg.moduleResolution = strings.ToLower(*o.ModuleResolution)
	}
	if o.CustomConditions != nil {
		cfg.conditions = *o.CustomConditions
	}
	if o.RootDir != nil {
		cfg.rootDir = filepath.Join(dir, filepath.FromSlash(*o.RootDir))
	}
	if o.OutDir != nil {
		cfg.outDir = filepath.Join(dir, filepath.FromSlash(*o.OutDir))
	}
	return cfg
}

// jsonc is src, JSON with comments and trailing commas as tsconfig
// allows, as plain JSON: comments become spaces, a comma before a
// closing bracket is dropped.
func jsonc(src []byte) []byte {
	out := make([]byte, 0, len(src))
	for i := 0; i < len(src); i++ {
		switch ch := src[i]; {
		case ch == '"':
			j := i + 1
			for j < len(src) && src[j] != '"' {
				if src[j] == '\\' {
					j++
				}
				j++
			}
			end := min(j+1, len(src))
			out = append(out, src[i:end]...)
			i = end - 1
		case ch == '/' && i+1 < len(src) && src[i+1] == '/':
			for i < len(src) && src[i] != '\n' {
				i++
			}
			out = append(out, '\n')
		case ch == '/' && i+1 < len(src) && src[i+1] == '*':
			end := bytes.Index(src[i+2:], []byte("*/"))
			if end < 0 {
				return nil
			}
			i += end + 3
			out = append(out, ' ')
		case ch == ']' || ch == '}':
			trimmed := bytes.TrimRight(out, " \t\r\n")
			if len(trimmed) > 0 && trimmed[len(trimmed)-1] == ',' {
				out = append(trimmed[:len(trimmed)-1], ' ')
			}
			out = append(out, ch)
		default:
			out = append(out, ch)
		}
	}
	return out
}

// resolveAlias is the file of the code that spec, a specifier neither
// relative nor absolute, names from the file at from under its config's
// paths or baseUrl; resolve does the rest as for a relative one.
func (x *helperIndex) resolveAlias(from, spec string) (string, bool) {
	if x.configs == nil || spec == "" || strings.HasPrefix(spec, "/") || strings.ContainsAny(spec, "\\?#\x00") {
		return "", false
	}
	// The code's paths are as discovered, relative to the working
	// folder or absolute; configs are read by absolute paths.
	absFrom, err := filepath.Abs(from)
	if err != nil {
		return "", false
	}
	cfg := x.configs.forFile(absFrom)
	if cfg == nil || cfg.unknown {
		return x.resolvePackage(from, spec, cfg)
	}
	targets, matched := cfg.match(spec)
	if !matched {
		if cfg.baseURL == "" {
			return x.resolvePackage(from, spec, cfg)
		}
		targets = []string{filepath.Join(cfg.baseURL, filepath.FromSlash(spec))}
	}
	for _, t := range targets {
		rel, inside := paths.Rel(x.configs.root, t)
		if !inside || strings.Contains("/"+filepath.ToSlash(rel)+"/", "/node_modules/") {
			return "", false
		}
		named := t
		if !filepath.IsAbs(from) {
			cwd, err := filepath.Abs(".")
			if err == nil {
				named, err = filepath.Rel(cwd, t)
			}
			if err != nil {
				return "", false
			}
		}
		if got, ok := x.resolveFile(named, spec); ok {
			return got, true
		}
		if anyExists(t) {
			// TypeScript would take a file this target names that the
			// rule does not read.
			return "", false
		}
	}
	if !matched {
		// Nothing under the baseUrl: TypeScript looks for a package.
		return x.resolvePackage(from, spec, cfg)
	}
	return "", false
}

// match gives the targets, absolute, of the pattern of cfg that spec
// matches: an exact pattern, else the starred one with the longest
// prefix. A pattern with two stars or a target without a star for a
// starred pattern matches nothing; two starred ones with the longest
// prefix match with no target.
func (cfg *tsconfig) match(spec string) ([]string, bool) {
	if cfg.paths == nil {
		return nil, false
	}
	best, star := "", ""
	found, tied := false, false
	for pattern := range cfg.paths {
		switch strings.Count(pattern, "*") {
		case 0:
			if pattern == spec {
				return cfg.targets(pattern, ""), true
			}
		case 1:
			prefix, suffix, _ := strings.Cut(pattern, "*")
			bestPrefix, _, _ := strings.Cut(best, "*")
			if len(spec) < len(prefix)+len(suffix) || !strings.HasPrefix(spec, prefix) || !strings.HasSuffix(spec, suffix) {
				continue
			}
			switch {
			case found && len(prefix) == len(bestPrefix):
				tied = true
			case !found || len(prefix) > len(bestPrefix):
				best, star, found, tied = pattern, spec[len(prefix):len(spec)-len(suffix)], true, false
			}
		}
	}
	if !found {
		return nil, false
	}
	if tied {
		// TypeScript takes the first declared of the patterns with the
		// longest prefix; the order is not kept: no target is known.
		return nil, true
	}
	return cfg.targets(best, star), true
}

func (cfg *tsconfig) targets(pattern, star string) []string {
	var out []string
	for _, t := range cfg.paths[pattern] {
		if strings.Count(t, "*") > 1 || strings.Contains(pattern, "*") != strings.Contains(t, "*") {
			return nil
		}
		base := cfg.pathsDir
		if cfg.baseURL != "" {
			base = cfg.baseURL
		}
		out = append(out, filepath.Join(base, filepath.FromSlash(strings.Replace(t, "*", star, 1))))
	}
	return out
}

// anyExists reports whether something on disk has one of the names
// TypeScript would try for base.
func anyExists(base string) bool {
	for _, c := range append([]string{base}, candidateNames(base, filepath.Ext(base))...) {
		if _, err := os.Lstat(c); err == nil {
			return true
		}
	}
	return false
}

// codeConfigs reads the tsconfig files of p's repository.
func codeConfigs(p *Pass) *tsconfigs {
	if p.Config == nil {
		return nil
	}
	files := p.Config.Files()
	c := newTSConfigs(files.Dir(), files.ReadFile)
	if c != nil && p.Packages != nil {
		c.packages = newWorkspacePackages(c.root, p.Packages)
	}
	return c
}

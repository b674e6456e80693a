// Package base reads the repository as it was at the comparison base of the
// breaking-change rules (a git ref, or a pull request's base commit): from
// git when it has the commit, else through the GitHub API. Whatever it
// reads is handed over in memory, so rules and their tests never need git.
package base

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"

	"github.com/bmatcuk/doublestar/v4"

	"github.com/schemalint/schemalint/internal/paths"
	"github.com/schemalint/schemalint/internal/prisma"
)

// Tree is the repository's files at one commit. Paths are slash-separated
// and relative to the repository's root.
type Tree interface {
	// List returns the files at or under p ("" for the whole tree), sorted:
	// p itself when it is a file. Nothing there is an empty list.
	List(ctx context.Context, p string) ([]string, error)
	// Read returns the content of each file, in the order asked.
	Read(ctx context.Context, paths []string) ([][]byte, error)
}

// Base is the comparison base: a tree, and the working-tree folder its
// paths are relative to.
type Base struct {
	// Dir is the working tree's root (absolute): a path of the tree is
	// named Dir/path, as the same file in the working tree is.
	Dir  string
	Tree Tree
	// Label names the base in notes: `origin/main (1a2b3c4)`.
	Label string
	// Origin is where the base came from.
	Origin Origin
}

// Root is one schema root as it was at the base. Files carry the names
// they have in the working tree, so that base and head name a file alike.
type Root struct {
	Schema []prisma.Source
	// Views are files holding one bare SELECT each (prisma/views).
	Views []prisma.Source
	// Migrations are files whose CREATE VIEW and DROP VIEW statements
	// apply in order.
	Migrations []prisma.Source
}

// ErrNotAtBase is wrapped by Load when the schema root did not exist at
// the base: there is nothing to compare it with.
var ErrNotAtBase = errors.New("did not exist at the base")

// Load reads a schema root (a .prisma file or a folder of them, as an
// absolute working-tree path) and the SQL files matching the globs
// (absolute patterns) as they were at the base. Files added or deleted
// since are simply absent from one side.
func (b *Base) Load(ctx context.Context, root string, viewGlobs, migrationGlobs []string) (*Root, error) {
	rel, err := b.rel(root)
	if err != nil {
		return nil, err
	}
	listed, err := b.Tree.List(ctx, rel)
	if err != nil {
		return nil, err
	}
	var schemaFiles []string
	for _, p := range listed {
		if p == rel || isSchemaFile(rel, p) {
			schemaFiles = append(schemaFiles, p)
		}
	}
	if len(schemaFiles) == 0 {
		return nil, fmt.Errorf("%s %w %s", rel, ErrNotAtBase, b.Label)
	}
	out := &Root{}
	if out.Schema, err = b.read(ctx, schemaFiles); err != nil {
		return nil, err
	}
	if out.Views, err = b.glob(ctx, viewGlobs); err != nil {
		return nil, err
	}
	if out.Migrations, err = b.glob(ctx, migrationGlobs); err != nil {
		return nil, err
	}
	return out, nil
}

// isSchemaFile mirrors prisma.SchemaFiles for a folder: .prisma files,
// skipping node_modules and hidden folders below the root.
func isSchemaFile(root, p string) bool {
	if !strings.HasSuffix(p, ".prisma") {
		return false
	}
	inner := p
	if root != "" {
		inner = strings.TrimPrefix(p, root+"/")
	}
	dirs := strings.Split(path.Dir(inner), "/")
	for _, d := range dirs {
		if d == "node_modules" || (strings.HasPrefix(d, ".") && d != ".") {
			return false
		}
	}
	return true
}

// glob lists the files matching absolute patterns, each once, sorted.
func (b *Base) glob(ctx context.Context, patterns []string) ([]prisma.Source, error) {
	seen := map[string]bool{}
	var matched []string
	for _, pattern := range patterns {
		rel, err := b.rel(pattern)
		if err != nil {
			continue // outside the repository: nothing of it is versioned
		}
		prefix, _ := doublestar.SplitPattern(rel)
		if prefix == "." {
			prefix = ""
		}
		if hasMeta(prefix) {
			prefix = ""
		}
		files, err := b.Tree.List(ctx, prefix)
		if err != nil {
			return nil, err
		}
		for _, f := range files {
			if ok, _ := doublestar.Match(rel, f); ok && !seen[f] {
				seen[f] = true
				matched = append(matched, f)
			}
		}
	}
	sort.Strings(matched)
	return b.read(ctx, matched)
}

func hasMeta(s string) bool { return strings.ContainsAny(s, `*?[{\`) }

func (b *Base) read(ctx context.Context, paths []string) ([]prisma.Source, error) {
	if len(paths) == 0 {
		return nil, nil
	}
	contents, err := b.Tree.Read(ctx, paths)
	if err != nil {
		return nil, err
	}
	out := make([]prisma.Source, len(paths))
	for i, p := range paths {
		out[i] = prisma.Source{Name: filepath.Join(b.Dir, filepath.FromSlash(p)), Src: contents[i]}
	}
	return out, nil
}

// rel turns an absolute working-tree path into a tree path.
func (b *Base) rel(p string) (string, error) {
	abs, err := filepath.Abs(p)
	if err != nil {
		return "", err
	}
	r, ok := paths.Rel(b.Dir, abs)
	if !ok {
		return "", fmt.Errorf("%s is outside the repository %s", abs, b.Dir)
	}
	r = filepath.ToSlash(r)
	if r == "." {
		r = ""
	}
	return r, nil
}

// Dir is a Tree read from a folder on disk: a checked-out copy of the base,
// or a test fixture's base/ folder.
type Dir string

// List implements Tree.
func (d Dir) List(_ context.Context, p string) ([]string, error) {
	start := filepath.Join(string(d), filepath.FromSlash(p))
	info, err := os.Stat(start)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	if !info.IsDir() {
		return []string{p}, nil
	}
	var out []string
	err = filepath.WalkDir(start, func(file string, e fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !e.IsDir() {
			r, err := filepath.Rel(string(d), file)
			if err != nil {
				return err
			}
			out = append(out, filepath.ToSlash(r))
		}
		return nil
	})
	sort.Strings(out)
	return out, err
}

// Read implements Tree.
func (d Dir) Read(_ context.Context, paths []string) ([][]byte, error) {
	out := make([][]byte, len(paths))
	for i, p := range paths {
		b, err := os.ReadFile(filepath.Join(string(d), filepath.FromSlash(p)))
		if err != nil {
			return nil, err
		}
		out[i] = b
	}
	return out, nil
}

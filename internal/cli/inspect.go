package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"io/fs"
	"path/filepath"

	"github.com/schemalint/schemalint/internal/config"
	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/internal/repofs"
)

// inspectDocument renders one schema: Prisma's DMMF, compact as get_dmmf
// returns it (a 2,000-model DMMF is 10 MB even without indentation), or
// the resolved schema with positions, indented.
func inspectDocument(schema *prisma.Schema, format string) ([]byte, error) {
	if format == "dmmf" {
		size := 0
		for _, f := range schema.Files {
			size += len(f.Src)
		}
		return append(schema.DMMF().AppendJSON(make([]byte, 0, 5*size)), '\n'), nil
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(inspectJSON(schema)); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// trimmed drops each document's final newline, for joining.
func trimmed(docs [][]byte) [][]byte {
	out := make([][]byte, len(docs))
	for i, d := range docs {
		out[i] = bytes.TrimSuffix(d, []byte("\n"))
	}
	return out
}

func runInspect(_ context.Context, e *env, args []string) int {
	fl := flag.NewFlagSet("inspect", flag.ContinueOnError)
	format := fl.String("format", "json", "output format: json (the resolved schema with positions) or dmmf (Prisma's DMMF datamodel)")
	fl.Usage = func() {
		e.errorln("Usage: schemalint inspect [--format json|dmmf] [schema files or folders…]")
		e.errorln("Without paths, the schema is found the way Prisma finds it.")
		fl.PrintDefaults()
	}
	paths, code, ok := parseFlags(fl, args, e.stderr)
	if !ok {
		return code
	}
	if *format != "json" && *format != "dmmf" {
		e.errorf("schemalint inspect: unknown format %q; use json or dmmf", *format)
		return ExitError
	}
	// Each path is its own schema, as check reads them: several paths
	// print a JSON array of documents, in the order given.
	roots := [][]string{paths}
	if len(paths) > 1 {
		roots = nil
		for _, p := range paths {
			roots = append(roots, []string{p})
		}
	}
	var docs [][]byte
	for _, root := range roots {
		schema, code := loadSchema(e, root)
		if schema == nil {
			return code
		}
		doc, err := inspectDocument(schema, *format)
		if err != nil {
			e.errorf("schemalint inspect: %v", err)
			return ExitError
		}
		docs = append(docs, doc)
	}
	out := docs[0]
	if len(docs) > 1 {
		out = append([]byte("["), bytes.Join(trimmed(docs), []byte(","))...)
		out = append(out, "]\n"...)
	}
	if _, err := e.stdout.Write(out); err != nil {
		e.errorf("schemalint inspect: %v", err)
		return ExitError
	}
	return ExitOK
}

// loadSchema reads the schema at paths (or discovers it), prints its
// diagnostics, and returns nil with exit code 2 when it cannot be used.
func loadSchema(e *env, paths []string) (*prisma.Schema, int) {
	files := repofs.New(config.RepoRoot(e.dir), 0)
	if len(paths) == 0 {
		p, err := prisma.Discover(files.ReadFile, e.dir, files.Dir())
		if err != nil {
			e.errorf("schemalint: %v", err)
			return nil, ExitError
		}
		paths = []string{p}
	} else if e.dir != "." {
		for i, p := range paths {
			if !filepath.IsAbs(p) {
				paths[i] = filepath.Join(e.dir, p)
			}
		}
	}
	schema, err := prisma.Load(files.ReadFile, paths...)
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			e.errorf("%s: cannot read: %v", pe.Path, pe.Err)
		} else {
			e.errorf("schemalint: %v", err)
		}
		return nil, ExitError
	}
	for _, d := range schema.Diagnostics {
		e.errorln(d.Error())
	}
	if schema.HasErrors() {
		return nil, ExitError
	}
	return schema, ExitOK
}

package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"

	"github.com/schemalint/schemalint/internal/config"
	"github.com/schemalint/schemalint/internal/lint"
	"github.com/schemalint/schemalint/internal/prisma"
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
	cfg, err := loadConfig(e, "")
	if err != nil {
		e.errorln(err)
		return ExitError
	}
	// The schemas check would read, each its own: several print a JSON
	// array of documents, in root order.
	schemas, code := readSchemas(e, cfg, paths, false)
	if schemas == nil {
		return code
	}
	var docs [][]byte
	for _, schema := range schemas {
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

// readSchemas reads the schemas at paths, or those the configuration or
// Prisma's discovery names, found as check finds them; merged, they are
// one schema. It prints their diagnostics, and returns nil with exit code
// 2 when one cannot be used.
func readSchemas(e *env, cfg *config.Config, paths []string, merged bool) ([]*prisma.Schema, int) {
	roots, notes, err := lint.Roots(lint.Options{Dir: e.dir, Config: cfg, Paths: paths})
	if err != nil {
		return nil, reportInputError(e, err)
	}
	for _, note := range notes {
		e.errorln("schemalint: " + note)
	}
	if len(roots) == 0 {
		e.errorln("schemalint: schema.exclude leaves no schema to read; pass a schema path")
		return nil, ExitError
	}
	groups := [][]string{roots}
	if !merged {
		groups = nil
		for _, r := range roots {
			groups = append(groups, []string{r})
		}
	}
	var out []*prisma.Schema
	for _, g := range groups {
		schema, err := lint.LoadSchema(cfg, g...)
		if err != nil {
			return nil, reportInputError(e, err)
		}
		for _, d := range schema.Diagnostics {
			e.errorln(d.Error())
		}
		if schema.HasErrors() {
			return nil, ExitError
		}
		out = append(out, schema)
	}
	return out, ExitOK
}

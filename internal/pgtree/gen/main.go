// Command gen writes ../pg_query.pb.go: the Go types of pg_query_go's
// PostgreSQL parse tree, generated from the descriptor its own package
// embeds with the protoc-gen-go of go.mod, except that the descriptors are
// registered on first use instead of at package init. Run it with
// `go generate ./internal/pgtree`; `-check` exits 1 when the file is stale.
//
// It imports pg_query_go's root package, which registers the same
// descriptors at init: the two must never share a binary other than this one.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"go/format"
	"os"
	"regexp"
	"runtime/debug"

	pg_query "github.com/pganalyze/pg_query_go/v6"
	"github.com/schemalint/schemalint/internal/lazyregexp"
	gengo "google.golang.org/protobuf/cmd/protoc-gen-go/internal_gengo"
	"google.golang.org/protobuf/compiler/protogen"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/reflect/protodesc"
	"google.golang.org/protobuf/types/descriptorpb"
	"google.golang.org/protobuf/types/pluginpb"
)

const (
	upstream = "github.com/pganalyze/pg_query_go/v6"
	target   = "github.com/schemalint/schemalint/internal/pgtree"
)

func main() {
	check := flag.Bool("check", false, "exit 1 if the file differs from what would be written")
	out := flag.String("o", "pg_query.pb.go", "file to write")
	flag.Parse()
	src, err := generate()
	if err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(2)
	}
	if *check {
		old, err := os.ReadFile(*out)
		if err != nil || !bytes.Equal(old, src) {
			fmt.Fprintf(os.Stderr, "gen: %s is stale; run go generate ./internal/pgtree\n", *out)
			os.Exit(1)
		}
		return
	}
	if err := os.WriteFile(*out, src, 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(2)
	}
}

func generate() ([]byte, error) {
	file := protodesc.ToFileDescriptorProto(pg_query.File_pg_query_proto)
	if len(file.GetDependency()) != 0 {
		return nil, fmt.Errorf("%s imports %v; only a self-contained file is handled", file.GetName(), file.GetDependency())
	}
	req := &pluginpb.CodeGeneratorRequest{
		FileToGenerate: []string{file.GetName()},
		Parameter:      proto.String("M" + file.GetName() + "=" + target + ";pgtree"),
		ProtoFile:      []*descriptorpb.FileDescriptorProto{file},
	}
	plugin, err := protogen.Options{}.New(req)
	if err != nil {
		return nil, err
	}
	for _, f := range plugin.Files {
		if f.Generate {
			gengo.GenerateFile(plugin, f)
		}
	}
	resp := plugin.Response()
	if resp.Error != nil {
		return nil, fmt.Errorf("protoc-gen-go: %s", resp.GetError())
	}
	if len(resp.File) != 1 {
		return nil, fmt.Errorf("protoc-gen-go wrote %d files, want 1", len(resp.File))
	}
	messages, enums := count(file)
	src, err := lazy([]byte(resp.File[0].GetContent()), messages, enums)
	if err != nil {
		return nil, err
	}
	return format.Source(src)
}

var (
	header    = lazyregexp.New(`(?s)\A.*?\n(package pgtree\n)`)
	initCall  = lazyregexp.New(`\nfunc init\(\) \{ file_pg_query_proto_init\(\) \}\n`)
	msgInfo   = lazyregexp.New(`\n\tmi := &file_pg_query_proto_msgTypes\[`)
	enumDesc  = lazyregexp.New(`\n\treturn file_pg_query_proto_enumTypes\[\d+\]\.Descriptor\(\)\n`)
	enumType  = lazyregexp.New(`\n\treturn &file_pg_query_proto_enumTypes\[\d+\]\n`)
	enumMaps  = lazyregexp.New(`(?s)\n// Enum value maps for \w+\.\nvar \(\n\t\w+_name = map\[int32\]string\{\n.*?\n\t\}\n\t\w+_value = map\[string\]int32\{\n.*?\n\t\}\n\)\n`)
	firstLine = "\n\tregister()"
)

// lazy turns the registration at init into register(), which every method
// that reads a message's or an enum's descriptor calls first, so that no
// use of a tree (Unmarshal, ProtoReflect, an enum's String) can come
// before it, and drops the enums' name and value maps, the rest of the
// init's work. Counts guard against a protoc-gen-go whose output changed.
func lazy(src []byte, messages, enums int) ([]byte, error) {
	if !initCall.Regexp().Match(src) {
		return nil, fmt.Errorf("no init() calling file_pg_query_proto_init")
	}
	src = initCall.Regexp().ReplaceAll(src, []byte("\n"))
	// The X_name and X_value maps of each enum are for callers only
	// (String reads the descriptor) and were built at init: dropped.
	if n := len(enumMaps.Regexp().FindAllIndex(src, -1)); n != enums {
		return nil, fmt.Errorf("%d enums' value maps, want %d", n, enums)
	}
	src = enumMaps.Regexp().ReplaceAll(src, []byte("\n"))
	for _, r := range []struct {
		re   *regexp.Regexp
		want int
	}{
		{msgInfo.Regexp(), 2 * messages}, // Reset and ProtoReflect
		{enumDesc.Regexp(), enums},
		{enumType.Regexp(), enums},
	} {
		if n := len(r.re.FindAllIndex(src, -1)); n != r.want {
			return nil, fmt.Errorf("%d matches of %q, want %d", n, r.re, r.want)
		}
		src = r.re.ReplaceAllFunc(src, func(m []byte) []byte {
			return append([]byte(firstLine), m...)
		})
	}
	version := func(path string) string {
		if info, ok := debug.ReadBuildInfo(); ok {
			for _, d := range info.Deps {
				if d.Path == path {
					return d.Version
				}
			}
		}
		return "(unknown)"
	}
	head := fmt.Sprintf("// Code generated by go generate (go run ./gen) from %s %s with protoc-gen-go %s. DO NOT EDIT.\n\n",
		upstream, version(upstream), version("google.golang.org/protobuf"))
	if !header.Regexp().Match(src) {
		return nil, fmt.Errorf("no package clause")
	}
	return header.Regexp().ReplaceAll(src, []byte(head+"$1")), nil
}

// count returns how many messages and enums f declares, nested ones
// included (map entries are messages too: they have a Go type index).
func count(f *descriptorpb.FileDescriptorProto) (messages, enums int) {
	enums = len(f.EnumType)
	var walk func([]*descriptorpb.DescriptorProto)
	walk = func(ms []*descriptorpb.DescriptorProto) {
		for _, m := range ms {
			if !m.GetOptions().GetMapEntry() {
				messages++
			}
			enums += len(m.EnumType)
			walk(m.NestedType)
		}
	}
	walk(f.MessageType)
	return messages, enums
}

package sqlview

import (
	"bytes"
	"fmt"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// Parsing a long run of statements as two texts at once reads the same
// views, drops, positions and diagnostics as parsing it as one, on every
// SQL file of the repository and on large generated ones.
func TestSplitParseReadsTheSame(t *testing.T) {
	inputs := map[string][]byte{}
	err := filepath.WalkDir(filepath.Join("..", ".."), func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && d.Name() == ".git" {
			return filepath.SkipDir
		}
		if !d.IsDir() && strings.HasSuffix(p, ".sql") {
			b, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			inputs[filepath.ToSlash(p)] = b
		}
		return nil
	})
	require.NoError(t, err)
	require.NotEmpty(t, inputs)
	var views, mixed bytes.Buffer
	for i := range 600 {
		fmt.Fprintf(&views, "CREATE OR REPLACE VIEW \"v\".\"V%d\" AS\nSELECT\n  \"id\",\n  \"a\" AS \"b\" -- note\nFROM \"public\".\"t%d\";\n\n", i, i)
		fmt.Fprintf(&mixed, "CREATE TABLE t%d (id int, pin text);\n/* a view? */ CREATE VIEW w%d AS SELECT t.* FROM t%d t;\nDROP VIEW IF EXISTS old%d;\n", i, i, i, i)
	}
	inputs["views.sql"], inputs["mixed.sql"] = views.Bytes(), mixed.Bytes()

	defer func(n int) { splitParseFrom = n }(splitParseFrom)
	split := 0
	for name, src := range inputs {
		bare := BareSelectName
		if !strings.Contains(filepath.ToSlash(name), "/views/") {
			bare = nil
		}
		splitParseFrom = math.MaxInt
		wantFile, wantDiags := ParseFile(name, src, bare)
		splitParseFrom = 0
		gotFile, gotDiags := ParseFile(name, src, bare)
		if !reflect.DeepEqual(wantFile, gotFile) || !reflect.DeepEqual(wantDiags, gotDiags) {
			t.Errorf("%s: parsed as two texts, it reads differently", name)
		}
		if len(wantFile.Views)+len(wantFile.Drops) > 1 {
			split++
		}
	}
	require.Greater(t, split, 10, "too few files with more than one statement to split")
}

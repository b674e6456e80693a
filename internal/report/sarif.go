package report

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"path/filepath"
	"slices"
	"strings"

	"github.com/schemalint/schemalint/internal/prisma"
	"github.com/schemalint/schemalint/rules"
)

const (
	sarifSchemaURI = "https://json.schemastore.org/sarif-2.1.0.json"
	informationURI = "https://github.com/schemalint/schemalint"
	// srcRoot is the base id relative URIs hang from; code scanning
	// resolves it to the checkout.
	srcRoot = "%SRCROOT%"
	// MaxSARIFResults is how many results code scanning accepts in one run.
	MaxSARIFResults = 25000
)

type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool               sarifTool                        `json:"tool"`
	AutomationDetails  *sarifAutomation                 `json:"automationDetails,omitempty"`
	OriginalURIBaseIDs map[string]sarifArtifactLocation `json:"originalUriBaseIds,omitempty"`
	// Our columns count code points, not SARIF's default UTF-16 units.
	ColumnKind  string            `json:"columnKind"`
	Invocations []sarifInvocation `json:"invocations"`
	Results     []sarifResult     `json:"results"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name           string      `json:"name"`
	Version        string      `json:"version,omitempty"`
	InformationURI string      `json:"informationUri"`
	Rules          []sarifRule `json:"rules"`
}

type sarifRule struct {
	ID                   string             `json:"id"`
	Name                 string             `json:"name"`
	ShortDescription     sarifText          `json:"shortDescription"`
	FullDescription      sarifText          `json:"fullDescription"`
	Help                 sarifText          `json:"help"`
	HelpURI              string             `json:"helpUri"`
	DefaultConfiguration sarifConfiguration `json:"defaultConfiguration"`
	Properties           sarifRuleProps     `json:"properties"`
}

type sarifText struct {
	Text     string `json:"text"`
	Markdown string `json:"markdown,omitempty"`
}

type sarifConfiguration struct {
	Level string `json:"level"`
}

type sarifRuleProps struct {
	Tags []string `json:"tags"`
}

type sarifAutomation struct {
	ID string `json:"id"`
}

type sarifInvocation struct {
	ExecutionSuccessful        bool                `json:"executionSuccessful"`
	ToolExecutionNotifications []sarifNotification `json:"toolExecutionNotifications,omitempty"`
}

type sarifNotification struct {
	Level     string          `json:"level"`
	Message   sarifText       `json:"message"`
	Locations []sarifLocation `json:"locations,omitempty"`
}

type sarifResult struct {
	RuleID              string            `json:"ruleId"`
	RuleIndex           *int              `json:"ruleIndex,omitempty"`
	Level               string            `json:"level"`
	Message             sarifText         `json:"message"`
	Locations           []sarifLocation   `json:"locations"`
	RelatedLocations    []sarifLocation   `json:"relatedLocations,omitempty"`
	PartialFingerprints map[string]string `json:"partialFingerprints"`
	Fixes               []sarifFix        `json:"fixes,omitempty"`
	// BaselineState is "new" or "unchanged" when a baseline was applied.
	BaselineState string `json:"baselineState,omitempty"`
}

type sarifLocation struct {
	ID               *int                   `json:"id,omitempty"`
	PhysicalLocation *sarifPhysicalLocation `json:"physicalLocation,omitempty"`
	Message          *sarifText             `json:"message,omitempty"`
}

type sarifPhysicalLocation struct {
	ArtifactLocation sarifArtifactLocation `json:"artifactLocation"`
	Region           *sarifRegion          `json:"region,omitempty"`
}

type sarifArtifactLocation struct {
	URI       string `json:"uri"`
	URIBaseID string `json:"uriBaseId,omitempty"`
}

type sarifRegion struct {
	StartLine   int  `json:"startLine,omitempty"`
	StartColumn int  `json:"startColumn,omitempty"`
	EndLine     int  `json:"endLine,omitempty"`
	EndColumn   int  `json:"endColumn,omitempty"`
	ByteOffset  *int `json:"byteOffset,omitempty"`
	ByteLength  *int `json:"byteLength,omitempty"`
}

type sarifFix struct {
	Description     sarifText             `json:"description"`
	ArtifactChanges []sarifArtifactChange `json:"artifactChanges"`
}

type sarifArtifactChange struct {
	ArtifactLocation sarifArtifactLocation `json:"artifactLocation"`
	Replacements     []sarifReplacement    `json:"replacements"`
}

type sarifReplacement struct {
	DeletedRegion   sarifRegion `json:"deletedRegion"`
	InsertedContent sarifText   `json:"insertedContent"`
}

// SARIF writes a SARIF 2.1.0 log for code scanning: the rules with their
// documentation, one result per finding with repository-relative
// locations, fingerprints that survive line moves, fixes, and the tool's
// own problems as notifications.
func SARIF(w io.Writer, in *Input) error {
	run := sarifRun{
		Tool: sarifTool{Driver: sarifDriver{
			Name:           "schemalint",
			Version:        in.Version,
			InformationURI: informationURI,
			Rules:          []sarifRule{},
		}},
		ColumnKind: "unicodeCodePoints",
		Results:    []sarifResult{},
	}
	if in.AutomationID != "" {
		run.AutomationDetails = &sarifAutomation{ID: in.AutomationID}
	}
	if root := in.root(); root != "" {
		run.OriginalURIBaseIDs = map[string]sarifArtifactLocation{srcRoot: {URI: fileURI(root, true)}}
	}
	index := map[string]int{}
	for _, r := range in.Rules {
		index[r.Name] = len(run.Tool.Driver.Rules)
		run.Tool.Driver.Rules = append(run.Tool.Driver.Rules, sarifRuleOf(r))
	}

	inv := sarifInvocation{ExecutionSuccessful: true}
	for _, n := range in.Notifications {
		sn := sarifNotification{Level: "warning", Message: sarifText{Text: n.Message}}
		if n.Error {
			sn.Level = "error"
			inv.ExecutionSuccessful = false
		}
		if n.Range.File != "" {
			sn.Locations = []sarifLocation{{PhysicalLocation: in.sarifPhysical(n.Range)}}
		}
		inv.ToolExecutionNotifications = append(inv.ToolExecutionNotifications, sn)
	}

	// With a baseline, the findings it holds are results too, marked
	// unchanged, so that code scanning keeps its alerts for them.
	diags := in.Diagnostics
	var states []string
	if in.Baselined != nil {
		diags = append(slices.Clone(diags), in.Baselined...)
		for i := range diags {
			state := "unchanged"
			if i < len(in.Diagnostics) {
				state = "new"
			}
			states = append(states, state)
		}
	}
	if len(diags) > MaxSARIFResults {
		inv.ToolExecutionNotifications = append(inv.ToolExecutionNotifications, sarifNotification{
			Level: "warning",
			Message: sarifText{Text: fmt.Sprintf("%d of %d findings are left out: code scanning accepts %d results per run; run schemalint locally for the rest",
				len(diags)-MaxSARIFResults, len(diags), MaxSARIFResults)},
		})
		keep := bySeverityIndex(diags)[:MaxSARIFResults]
		kept, keptStates := make([]rules.Diagnostic, len(keep)), []string(nil)
		for j, i := range keep {
			kept[j] = diags[i]
			if states != nil {
				keptStates = append(keptStates, states[i])
			}
		}
		diags, states = kept, keptStates
	}
	seen := map[string]int{}
	for i, d := range diags {
		res := sarifResult{
			RuleID:    d.Rule,
			Level:     d.Severity.SARIFLevel(),
			Message:   sarifText{Text: d.Message},
			Locations: []sarifLocation{{PhysicalLocation: in.sarifPhysical(d.Range)}},
		}
		if states != nil {
			res.BaselineState = states[i]
		}
		if i, ok := index[d.Rule]; ok {
			res.RuleIndex = &i
		}
		for _, r := range d.Related {
			id := len(res.RelatedLocations) + 1
			if r.AtBase {
				// Code scanning would open the working tree's file at the
				// base's line: the place is told in words only.
				p, _ := in.repoPath(r.Range.File)
				res.RelatedLocations = append(res.RelatedLocations, sarifLocation{
					ID: &id, Message: &sarifText{Text: fmt.Sprintf("%s%s:%d:%d: %s", basePrefix(r), p, r.Range.Start.Line, r.Range.Start.Col, r.Message)},
				})
				continue
			}
			res.RelatedLocations = append(res.RelatedLocations, sarifLocation{
				ID: &id, PhysicalLocation: in.sarifPhysical(r.Range), Message: &sarifText{Text: r.Message},
			})
		}
		key := fingerprint(d.Rule, res.Locations[0].PhysicalLocation.ArtifactLocation.URI, d.Subject())
		seen[key]++
		res.PartialFingerprints = map[string]string{"primaryLocationLineHash": fmt.Sprintf("%s:%d", key, seen[key])}
		if d.Fix != nil && len(d.Fix.Edits) > 0 {
			res.Fixes = []sarifFix{in.sarifFixOf(d.Fix)}
		}
		run.Results = append(run.Results, res)
	}
	run.Invocations = []sarifInvocation{inv}

	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(sarifLog{Schema: sarifSchemaURI, Version: "2.1.0", Runs: []sarifRun{run}})
}

func sarifRuleOf(r *rules.Rule) sarifRule {
	summary := sentence(r.Summary)
	doc := strings.TrimSpace(r.Doc)
	help := fmt.Sprintf("%s\n\n%s\n\nReported:\n\n%s\n\nNot reported:\n\n%s\n",
		summary, doc, strings.TrimSpace(r.Bad), strings.TrimSpace(r.Good))
	return sarifRule{
		ID:                   r.Name,
		Name:                 r.Name,
		ShortDescription:     sarifText{Text: summary},
		FullDescription:      sarifText{Text: firstParagraph(doc)},
		Help:                 sarifText{Text: help, Markdown: rules.Markdown(r)},
		HelpURI:              RuleDocURL(r.Name),
		DefaultConfiguration: sarifConfiguration{Level: r.Severity.SARIFLevel()},
		Properties:           sarifRuleProps{Tags: []string{string(r.Category)}},
	}
}

func (in *Input) root() string {
	if in.RepoRoot != "" {
		return in.RepoRoot
	}
	return in.Dir
}

func (in *Input) sarifArtifact(file string) sarifArtifactLocation {
	p, inside := in.repoPath(file)
	if !inside {
		if filepath.IsAbs(file) || in.root() != "" {
			return sarifArtifactLocation{URI: fileURI(p, false)}
		}
		return sarifArtifactLocation{URI: (&url.URL{Path: p}).String()}
	}
	return sarifArtifactLocation{URI: (&url.URL{Path: p}).String(), URIBaseID: srcRoot}
}

func (in *Input) sarifPhysical(r prisma.Range) *sarifPhysicalLocation {
	loc := &sarifPhysicalLocation{ArtifactLocation: in.sarifArtifact(r.File)}
	if r.Start.Line >= 1 && r.Start.Col >= 1 {
		reg := &sarifRegion{StartLine: r.Start.Line, StartColumn: r.Start.Col}
		if r.End.Line >= r.Start.Line && r.End.Col >= 1 && (r.End.Line > r.Start.Line || r.End.Col >= r.Start.Col) {
			reg.EndLine, reg.EndColumn = r.End.Line, r.End.Col
		}
		loc.Region = reg
	}
	return loc
}

func (in *Input) sarifFixOf(f *rules.Fix) sarifFix {
	fix := sarifFix{Description: sarifText{Text: f.Message}}
	byFile := map[string]int{}
	for _, e := range f.Edits {
		i, ok := byFile[e.File]
		if !ok {
			i = len(fix.ArtifactChanges)
			byFile[e.File] = i
			fix.ArtifactChanges = append(fix.ArtifactChanges, sarifArtifactChange{ArtifactLocation: in.sarifArtifact(e.File)})
		}
		off, n := e.Start, e.End-e.Start
		fix.ArtifactChanges[i].Replacements = append(fix.ArtifactChanges[i].Replacements, sarifReplacement{
			DeletedRegion:   sarifRegion{ByteOffset: &off, ByteLength: &n},
			InsertedContent: sarifText{Text: e.NewText},
		})
	}
	return fix
}

// fileURI turns an absolute path into a file: URI (a folder's ends in /).
func fileURI(path string, dir bool) string {
	p := filepath.ToSlash(path)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p // C:/x → /C:/x
	}
	if dir && !strings.HasSuffix(p, "/") {
		p += "/"
	}
	return (&url.URL{Scheme: "file", Path: p}).String()
}

// fingerprint identifies a finding by what it is about, not where it is:
// the rule, the file and the subject (the message, which names the model,
// field or view, without line numbers). Code scanning matches alerts
// across commits with it, so an alert survives lines moving above it.
func fingerprint(rule, uri, subject string) string {
	sum := sha256.Sum256([]byte(rule + "\x00" + uri + "\x00" + subject))
	return hex.EncodeToString(sum[:])
}

func sentence(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return s
	}
	s = strings.ToUpper(s[:1]) + s[1:]
	if !strings.HasSuffix(s, ".") {
		s += "."
	}
	return s
}

func firstParagraph(doc string) string {
	para, _, _ := strings.Cut(doc, "\n\n")
	return strings.Join(strings.Fields(para), " ")
}

// Package runnerlog reads a step's output the way GitHub's runner does, so
// that tests can tell which workflow commands a log would trigger. The
// runner splits the output at LF, CR and CRLF; trims the leading blanks of
// each line; reads `::name props::message` and the older `##[name props]`
// as commands; and, after `::stop-commands::TOKEN`, ignores every command
// until a line `::TOKEN::`.
package runnerlog

import "strings"

// Command is one workflow command the runner would act on.
type Command struct {
	// Line is the line as printed, without its leading blanks.
	Line string
	// Name is the command's name (error, warning, add-mask, …).
	Name string
	// Properties are the command's properties, unescaped.
	Properties map[string]string
}

// Commands returns the commands that log would trigger, in order, the
// stop-commands and resume lines included.
func Commands(log string) []Command {
	var out []Command
	token := ""
	for _, line := range lines(log) {
		line = strings.TrimLeft(line, " \t")
		if token != "" {
			if strings.EqualFold(line, "::"+token+"::") {
				out = append(out, Command{Line: line, Name: "resume"})
				token = ""
			}
			continue
		}
		name, props, ok := parse(line)
		if !ok {
			continue
		}
		out = append(out, Command{Line: line, Name: name, Properties: props})
		if name == "stop-commands" {
			token = line[strings.LastIndex(line, "::")+2:]
			if token == "" {
				token = "\x00" // the runner refuses an empty token; stay stopped
			}
		}
	}
	return out
}

func parse(line string) (name string, props map[string]string, ok bool) {
	var head string
	switch {
	case strings.HasPrefix(line, "::"):
		rest := line[2:]
		end := strings.Index(rest, "::")
		if end < 0 {
			return "", nil, false
		}
		head = rest[:end]
	case strings.HasPrefix(line, "##["):
		rest := line[3:]
		end := strings.IndexByte(rest, ']')
		if end < 0 {
			return "", nil, false
		}
		head = rest[:end]
	default:
		return "", nil, false
	}
	name, list, _ := strings.Cut(head, " ")
	if name == "" {
		return "", nil, false
	}
	props = map[string]string{}
	sep := ","
	if strings.HasPrefix(line, "##[") {
		sep = ";"
	}
	for _, kv := range strings.Split(list, sep) {
		if k, v, ok := strings.Cut(strings.TrimSpace(kv), "="); ok && k != "" {
			props[k] = unescapeProperty(v)
		}
	}
	return name, props, true
}

var propertyUnescaper = strings.NewReplacer("%25", "%", "%0D", "\r", "%0A", "\n", "%3A", ":", "%2C", ",")

func unescapeProperty(v string) string { return propertyUnescaper.Replace(v) }

func lines(s string) []string {
	return strings.FieldsFunc(strings.ReplaceAll(s, "\r\n", "\n"), func(r rune) bool { return r == '\n' || r == '\r' })
}

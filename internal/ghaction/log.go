package ghaction

import (
	"crypto/rand"
	"encoding/hex"
	"io"
)

// Log keeps a step's output from steering the runner. GitHub's runner
// reads any output line that starts with `::` (or `##[`) as a workflow
// command, and schemalint prints file names, schema and SQL text chosen by
// whoever opened the pull request. Escaping keeps that text on its own
// line; Log adds GitHub's own guard on top: before the first untrusted
// byte it prints `::stop-commands::TOKEN`, which makes the runner ignore
// every command until a line `::TOKEN::`, and it resumes only around the
// commands schemalint means to print. The token is random, so the text
// under review cannot end the pause.
//
// Everything goes through one stream, so the runner sees the pauses and
// the text in the order they were written.
type Log struct {
	w       io.Writer
	token   string
	stopped bool
	// midLine is true when the last byte written did not end a line: a
	// resume must start a line of its own to be read.
	midLine bool
}

// NewLog guards w.
func NewLog(w io.Writer) *Log { return &Log{w: w} }

// Write prints untrusted text, with commands paused.
func (l *Log) Write(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	if !l.stopped {
		l.token = newToken()
		stop := "::stop-commands::" + l.token + "\n"
		if l.midLine {
			stop = "\n" + stop
		}
		if _, err := io.WriteString(l.w, stop); err != nil {
			return 0, err
		}
		l.stopped = true
	}
	l.midLine = p[len(p)-1] != '\n'
	return l.w.Write(p)
}

// Commands prints schemalint's own workflow commands (whose messages and
// properties are escaped where they are built), with commands resumed.
func (l *Log) Commands(p []byte) error {
	if len(p) == 0 {
		return nil
	}
	if err := l.resume(); err != nil {
		return err
	}
	l.midLine = p[len(p)-1] != '\n'
	_, err := l.w.Write(p)
	return err
}

// Close resumes command processing for whatever the step prints next.
func (l *Log) Close() error { return l.resume() }

func (l *Log) resume() error {
	if !l.stopped {
		return nil
	}
	l.stopped = false
	resume := "::" + l.token + "::\n"
	if l.midLine {
		resume = "\n" + resume
		l.midLine = false
	}
	_, err := io.WriteString(l.w, resume)
	return err
}

func newToken() string {
	var b [16]byte
	if _, err := rand.Read(b[:]); err != nil {
		panic(err) // crypto/rand does not fail on supported platforms
	}
	return hex.EncodeToString(b[:])
}

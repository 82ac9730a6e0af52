// Package ozcheck runs OpenZeppelin's own @openzeppelin/merkle-tree (npm,
// installed in contracts/node_modules) on a set of values, so tests can
// compare the roots and proofs this module builds with the library's.
package ozcheck

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"time"
)

//go:embed oz.cjs
var script []byte

// Result is the library's tree: its root and each value's proof, 0x-hex, or
// the error it threw.
type Result struct {
	Root   string     `json:"root"`
	Proofs [][]string `json:"proofs"`
	Error  string     `json:"error"`
}

// ErrUnavailable means node or the npm package is missing (`make contracts`
// installs it).
var ErrUnavailable = errors.New("ozcheck: node or @openzeppelin/merkle-tree is not installed (run make contracts)")

// modules finds contracts/node_modules above the working directory.
func modules() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		m := filepath.Join(dir, "contracts", "node_modules")
		if _, err := os.Stat(filepath.Join(m, "@openzeppelin", "merkle-tree", "package.json")); err == nil {
			return m, nil
		}
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return "", ErrUnavailable
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", ErrUnavailable
		}
		dir = parent
	}
}

// Of builds StandardMerkleTree.of(values, types) with the library. Values are
// strings as the library takes them (0x-hex addresses and bytes32, decimal
// integers).
func Of(types []string, values [][]string) (Result, error) {
	var r Result
	m, err := modules()
	if err != nil {
		return r, err
	}
	node, err := exec.LookPath("node")
	if err != nil {
		return r, ErrUnavailable
	}
	f, err := os.CreateTemp("", "ozcheck-*.cjs")
	if err != nil {
		return r, err
	}
	defer os.Remove(f.Name())
	if _, err := f.Write(script); err != nil {
		f.Close()
		return r, err
	}
	f.Close()
	in, err := json.Marshal(map[string]any{"types": types, "values": values})
	if err != nil {
		return r, err
	}
	cmd := exec.Command(node, f.Name(), m)
	cmd.Stdin = bytes.NewReader(in)
	cmd.WaitDelay = time.Second
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return r, fmt.Errorf("ozcheck: node: %v: %s", err, stderr.String())
	}
	return r, json.Unmarshal(out, &r)
}

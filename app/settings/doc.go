package settings

import (
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"
)

// Profile is a named set of changed defaults (rhd dev's).
type Profile struct {
	Name     string            // shown as "`rhd <Name>`"
	Defaults map[string]string // setting name: default in the profile
}

// Markdown writes the reference table: one row per setting with its
// variable, flag, default (and each profile's), commands and meaning.
func (set *Set) Markdown(w io.Writer, profiles ...Profile) error {
	var b strings.Builder
	b.WriteString("| variable | flag | default | commands | meaning |\n|---|---|---|---|---|\n")
	for _, s := range set.list {
		flag := "`--" + s.Name + "`"
		if s.EnvOnly {
			flag = "*(variable only: a secret)*"
		}
		formerly := map[string][]string{} // former name: its commands
		for _, c := range slices.Sorted(maps.Keys(s.Aliases)) {
			formerly[s.Aliases[c]] = append(formerly[s.Aliases[c]], "`"+c+"`")
		}
		for _, old := range slices.Sorted(maps.Keys(formerly)) {
			flag += fmt.Sprintf(" (formerly `--%s` of %s, still accepted)", old, strings.Join(formerly[old], ", "))
		}
		def := s.DefaultText()
		if def == "" {
			def = "*(empty)*"
		} else if s.Default == "" {
			def = "`" + def + "`"
		}
		for _, p := range profiles {
			if v, ok := p.Defaults[s.Name]; ok {
				def += fmt.Sprintf(" (`rhd %s`: `%s`)", p.Name, v)
			}
		}
		cmds := "all"
		if len(s.Commands) > 0 {
			cmds = "`" + strings.Join(s.Commands, "`, `") + "`"
		}
		meaning := s.Help
		if s.Doc != "" {
			meaning += "; " + s.Doc
		}
		fmt.Fprintf(&b, "| `%s` | %s | %s | %s | %s |\n", s.Env(), flag, cell(def), cmds, cell(meaning))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func cell(s string) string { return strings.ReplaceAll(s, "|", `\|`) }

// Package settings declares each setting of a command line once — name,
// default, help, commands — and derives from it the cobra flag, the
// environment variable and the configuration reference.
package settings

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// Kind is the types a setting can hold.
type Kind interface {
	string | bool | int | int64 | uint64 | float64 | time.Duration
}

// Setting is one setting bound to a variable (a config struct's field).
type Setting struct {
	// Name is the flag's name; the variable is Prefix + its upper snake case
	// (kafka-brokers: RHD_KAFKA_BROKERS).
	Name string
	// Help is the flag's usage and the start of the reference's meaning.
	Help string
	// Doc is said after Help in the reference only.
	Doc string
	// Default replaces the default value in the reference, for defaults
	// decided at start-up (an empty DSN means "embedded").
	Default string
	// Commands are the subcommands with the flag; none: every command.
	Commands []string
	// Aliases are former flag names per command, still accepted (deprecated).
	Aliases map[string]string
	// EnvOnly is for secrets: no flag, since arguments show in ps.
	EnvOnly bool

	value    *value
	defValue string
}

// value wraps a flag value to know whether the environment or a flag set
// it, which profiles and derived defaults must not override.
type value struct {
	pflag.Value
	explicit bool
}

func (v *value) Set(s string) error {
	old := v.Value.String()
	if err := v.Value.Set(s); err != nil {
		_ = v.Value.Set(old) // pflag leaves a zero behind
		return err
	}
	v.explicit = true
	return nil
}

// Var declares the setting name bound to *p, setting *p to def.
func Var[T Kind](p *T, name string, def T, help string) *Setting {
	fs := pflag.NewFlagSet(name, pflag.ContinueOnError)
	switch p := any(p).(type) {
	case *string:
		fs.StringVar(p, name, any(def).(string), help)
	case *bool:
		fs.BoolVar(p, name, any(def).(bool), help)
	case *int:
		fs.IntVar(p, name, any(def).(int), help)
	case *int64:
		fs.Int64Var(p, name, any(def).(int64), help)
	case *uint64:
		fs.Uint64Var(p, name, any(def).(uint64), help)
	case *float64:
		fs.Float64Var(p, name, any(def).(float64), help)
	case *time.Duration:
		fs.DurationVar(p, name, any(def).(time.Duration), help)
	}
	v := fs.Lookup(name).Value
	return &Setting{Name: name, Help: help, value: &value{Value: v}, defValue: v.String()}
}

// On says which commands have the flag.
func (s *Setting) On(commands ...string) *Setting { s.Commands = commands; return s }

// Alias keeps a former flag name of command working.
func (s *Setting) Alias(command, old string) *Setting {
	if s.Aliases == nil {
		s.Aliases = map[string]string{}
	}
	s.Aliases[command] = old
	return s
}

// Secret makes the setting environment-only.
func (s *Setting) Secret() *Setting { s.EnvOnly = true; return s }

// Describe adds reference-only text and, if def is not empty, the default
// the reference shows.
func (s *Setting) Describe(doc, def string) *Setting { s.Doc, s.Default = doc, def; return s }

// Prefix starts every variable name.
const Prefix = "RHD_"

// Env is the variable of a flag name.
func Env(name string) string {
	return Prefix + strings.ToUpper(strings.ReplaceAll(name, "-", "_"))
}

// Env is the setting's variable.
func (s *Setting) Env() string { return Env(s.Name) }

// Type is the value's type as a flag shows it (string, int, duration, ...).
func (s *Setting) Type() string { return s.value.Type() }

// DefaultText is the default the reference shows.
func (s *Setting) DefaultText() string {
	if s.Default != "" {
		return s.Default
	}
	if s.Type() == "duration" { // 24h0m0s reads better as 24h
		d := s.defValue
		if strings.HasSuffix(d, "m0s") {
			d = strings.TrimSuffix(d, "0s")
		}
		if strings.HasSuffix(d, "h0m") {
			d = strings.TrimSuffix(d, "0m")
		}
		return d
	}
	return s.defValue
}

// Set is the declared settings of one command line.
type Set struct {
	list []*Setting
}

// New checks the declarations: unique names and variables.
func New(list ...*Setting) (*Set, error) {
	seen := map[string]bool{}
	for _, s := range list {
		for _, n := range []string{s.Name, s.Env()} {
			if seen[n] {
				return nil, fmt.Errorf("settings: %s declared twice", n)
			}
			seen[n] = true
		}
	}
	return &Set{list: list}, nil
}

// All is the settings in declaration order.
func (set *Set) All() []*Setting { return set.list }

func (set *Set) lookup(name string) *Setting {
	for _, s := range set.list {
		if s.Name == name {
			return s
		}
	}
	return nil
}

// LoadEnv reads every setting's variable through lookup (os.LookupEnv). An
// empty value leaves a non-string setting at its default; one that does not
// parse is an error naming the variable, so a typo (RHD_K=2O) stops the
// program instead of running it on the default.
func (set *Set) LoadEnv(lookup func(string) (string, bool)) error {
	var errs []error
	for _, s := range set.list {
		v, ok := lookup(s.Env())
		if !ok || v == "" && s.Type() != "string" {
			continue
		}
		if err := s.value.Set(v); err != nil {
			errs = append(errs, fmt.Errorf("%s=%q: want a %s", s.Env(), v, typeWord(s.Type())))
		}
	}
	return errors.Join(errs...)
}

func typeWord(t string) string {
	switch t {
	case "bool":
		return "boolean (true, false, 1, 0)"
	case "duration":
		return "duration (90s, 5m, 24h)"
	case "int", "int64":
		return "whole number"
	case "uint64":
		return "whole number ≥ 0"
	case "float64":
		return "number"
	}
	return t
}

// Bind adds the flags to root, for settings of every command, and to its
// subcommands by name, all persistent: a command's subcommands (uploads
// add) share its settings. The help of a profile's command shows the
// profile's defaults. It returns the commands named by a setting that root
// does not have.
func (set *Set) Bind(root *cobra.Command, profiles ...Profile) (missing []string) {
	profileDefault := func(command, setting string) (string, bool) {
		for _, p := range profiles {
			if p.Name == command {
				v, ok := p.Defaults[setting]
				return v, ok
			}
		}
		return "", false
	}
	byName := map[string]*cobra.Command{}
	for _, c := range root.Commands() {
		byName[c.Name()] = c
	}
	for _, s := range set.list {
		if s.EnvOnly {
			continue
		}
		if len(s.Commands) == 0 {
			root.PersistentFlags().AddFlag(s.flag(s.Name))
		}
		for _, name := range s.Commands {
			c, ok := byName[name]
			if !ok {
				missing = append(missing, name)
				continue
			}
			f := s.flag(s.Name)
			if v, ok := profileDefault(name, s.Name); ok && !s.value.explicit {
				f.DefValue = v
			}
			c.PersistentFlags().AddFlag(f)
		}
		for name, old := range s.Aliases {
			c, ok := byName[name]
			if !ok {
				missing = append(missing, name)
				continue
			}
			c.PersistentFlags().AddFlag(s.flag(old))
			_ = c.PersistentFlags().MarkDeprecated(old, "use --"+s.Name)
		}
	}
	slices.Sort(missing)
	return slices.Compact(missing)
}

// flag is the setting as a flag named name; its default shows the value
// after the environment, which is what the flag overrides.
func (s *Setting) flag(name string) *pflag.Flag {
	f := &pflag.Flag{Name: name, Usage: s.Help + " (" + s.Env() + ")", Value: s.value, DefValue: s.value.String()}
	if s.value.Type() == "bool" {
		f.NoOptDefVal = "true"
	}
	return f
}

// Explicit reports whether the environment or a flag set name.
func (set *Set) Explicit(name string) bool {
	s := set.lookup(name)
	return s != nil && s.value.explicit
}

// Default sets name to value unless the environment or a flag set it: how
// a profile (rhd dev) or a rule (a default that depends on another
// setting) changes a default without overriding the operator.
func (set *Set) Default(name, value string) error {
	s := set.lookup(name)
	if s == nil {
		return fmt.Errorf("settings: no setting %q", name)
	}
	if s.value.explicit {
		return nil
	}
	if err := s.value.Value.Set(value); err != nil {
		return fmt.Errorf("settings: %s default %q: %w", name, value, err)
	}
	return nil
}

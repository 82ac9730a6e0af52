//go:build tools

// Package contracts pins the tools that generate the bindings.
package contracts

import _ "github.com/ethereum/go-ethereum/cmd/abigen"

# The two commands: `make run` starts everything, `make test` runs every test.
GO ?= go
FUZZTIME ?= 20s
# DuckDB hands query results over as Arrow record batches only with this tag
# (bundle export's fast path); without it the same code scans rows instead.
export GOFLAGS := -tags=duckdb_arrow

.PHONY: run test build bench fuzz vet contracts contracts-check

run:
	$(GO) run ./cmd/rhd dev

build:
	$(GO) build -o bin/rhd ./cmd/rhd

# The committed contract code must match its sources (installing the npm
# packages, among them @openzeppelin/merkle-tree, which the merkle tests
# compare our trees with), then every test of
# every package, then short fuzz runs of the decoders, of
# the gateway's signature check against crypto/ed25519 and of how the
# warehouse cuts samples into stored series.
# Then, alone on the machine, what a newcomer's `make run` must reach
# (TestNewcomerMakeRun: rhd dev at its defaults, to a verified payout),
# and 3 minutes of the split topology as OS processes killed at random
# (TestChaosShort: needs Postgres and geth; docs/operations.md).
# Postgres, geth and Chromium tests fail (not skip) when CI=true.
test: contracts-check vet
	$(GO) test -count=1 -timeout 20m rhd.dev/...
	RHD_NEWCOMER=1 $(GO) test -count=1 -timeout 30m -run TestNewcomerMakeRun -v rhd.dev/cmd/rhd
	RHD_CHAOS=3m $(GO) test -count=1 -timeout 20m -run TestChaosShort -v rhd.dev/chaos
	GOFLAGS= $(GO) test -count=1 rhd.dev/warehouse rhd.dev/cohorter/bundle
	$(GO) test -run '^$$' -fuzz FuzzParse -fuzztime $(FUZZTIME) rhd.dev/firmware/frame
	$(GO) test -run '^$$' -fuzz FuzzParsers -fuzztime 10s rhd.dev/ingest/upload
	$(GO) test -run '^$$' -fuzz FuzzDeviceKeyAgreesWithStdlib -fuzztime 10s rhd.dev/ingest
	$(GO) test -run '^$$' -fuzz FuzzSeriesRuns -fuzztime 10s rhd.dev/warehouse

vet:
	$(GO) vet rhd.dev/...

fuzz:
	$(GO) test -run '^$$' -fuzz FuzzParse -fuzztime 5m rhd.dev/firmware/frame

# One invocation, one machine: the micro-benchmarks (codec, signature check,
# warehouse insert, bundle export against DuckDB's own COPY, gas per
# sale/record/claim, the cohorter and export at 1 day to 90 days of history,
# uploads: a 1 GiB Apple Health export.zip and a year of FIT files against a
# plain read of the same bytes),
# then `rhd bench` (ceilings of each hop, the pipeline
# saturated and paced at 1 M samples/s), which writes all of it into
# bench/results/result.{md,json} with the charts.
# BENCH=--full for longer runs.
bench:
	mkdir -p bench/results
	$(GO) test -run '^$$' -bench . -benchtime 2s rhd.dev/firmware/frame rhd.dev/ingest rhd.dev/stream rhd.dev/warehouse | tee bench/results/micro.txt
	$(GO) test -run '^$$' -bench 'Export$$' -benchtime 2x rhd.dev/cohorter/bundle | tee -a bench/results/micro.txt
	$(GO) test -run '^$$' -bench 'Gas' -benchtime 3x rhd.dev/contracts | tee -a bench/results/micro.txt
	$(GO) test -run '^$$' -bench 'History' -benchtime 3x -timeout 60m rhd.dev/cohorter | tee -a bench/results/micro.txt
	$(GO) test -run '^$$' -bench 'Import' -benchtime 1x -timeout 60m rhd.dev/ingest/upload | tee -a bench/results/micro.txt
	$(GO) run ./cmd/rhd bench $(BENCH) --micro bench/results/micro.txt --out bench/results

# Recompiles the Solidity sources with the pinned solc and OpenZeppelin (npm)
# and regenerates the Go bindings with the pinned abigen.
contracts:
	./contracts/generate.sh

# CI: the committed artifacts and bindings are what the sources compile to.
contracts-check: contracts
	git diff --exit-code -- contracts/artifacts contracts/bindings

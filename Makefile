# The two commands: `make run` starts everything, `make test` runs every test.
GO ?= go
FUZZTIME ?= 20s

.PHONY: run test build bench fuzz vet

run:
	$(GO) run ./cmd/rhd dev

build:
	$(GO) build -o bin/rhd ./cmd/rhd

# Every test of every module in the workspace, then a short fuzz run of the
# frame decoder. Postgres tests fail (not skip) when CI=true and Postgres is down.
test: vet
	$(GO) test -count=1 -timeout 20m rhd.dev/...
	$(GO) test -run '^$$' -fuzz FuzzParse -fuzztime $(FUZZTIME) rhd.dev/firmware/frame

vet:
	$(GO) vet rhd.dev/...

fuzz:
	$(GO) test -run '^$$' -fuzz FuzzParse -fuzztime 5m rhd.dev/firmware/frame

# Micro-benchmarks of the hot path (codec, warehouse insert).
bench:
	$(GO) test -run '^$$' -bench . -benchtime 2s rhd.dev/firmware/frame rhd.dev/stream/warehouse

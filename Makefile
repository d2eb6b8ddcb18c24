# alur: see README.md. Every target works on a fresh Debian machine with Go;
# `setup` installs what the tests need (run as root, as CI does).

GO        ?= go
SERVICES  ?= services
CONTENT   ?= content
OUT       ?= public
ADDR      ?= 127.0.0.1:8080
BIN       := bin/alur
STATICCHECK_VERSION := v0.8.2
BROWSER_DIR := internal/browsertest

.PHONY: all run build-site serve test unit lint setup bench fuzz golden clean alur install

all: lint test

alur:
	$(GO) build -o $(BIN) ./cmd/alur

## install: put alur in $(go env GOPATH)/bin, for staff who type `alur check`
install:
	$(GO) install ./cmd/alur

## run: check and build the bundled Kota Malang example, then serve it on $(ADDR)
run: alur
	$(BIN) build --services $(SERVICES) --content $(CONTENT) --out $(OUT)
	$(BIN) serve --site $(OUT) --addr $(ADDR)

## check: check the YAML only
check: alur
	$(BIN) check --services $(SERVICES)

## test: everything CI runs: lint, then every test (Hugo, bleve, headless chromium)
test: setup lint
	$(GO) test -count=1 ./...

## unit: tests without the set-up step, for a quick loop; -short skips the soak tests
unit:
	$(GO) test -short ./...

lint:
	@out=$$(gofmt -l cmd internal); if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi
	@out=$$(grep -rn --include='*.go' '\.\./[a-z]*/testdata' cmd internal); if [ -n "$$out" ]; then echo "a package reads another's testdata (use internal/testing/sample):"; echo "$$out"; exit 1; fi
	@out=$$($(GO) list -f '{{.ImportPath}}: {{join .Imports " "}}' ./... | grep -v '^github.com/alurlayanan/alur/internal/testing/' | grep 'alur/internal/testing/'); \
		if [ -n "$$out" ]; then echo "production code imports test support (internal/testing):"; echo "$$out"; exit 1; fi
	$(GO) vet ./...
	@command -v staticcheck >/dev/null 2>&1 || GOFLAGS= $(GO) install honnef.co/go/tools/cmd/staticcheck@$(STATICCHECK_VERSION)
	PATH="$$PATH:$$($(GO) env GOPATH)/bin" staticcheck ./...

## setup: Debian's chromium for browser tests, axe-core from npm
setup:
	@if ! command -v chromium >/dev/null 2>&1; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core; fi
	@if [ ! -d $(BROWSER_DIR)/node_modules/axe-core ]; then npm ci --prefix $(BROWSER_DIR) --no-audit --no-fund; fi

## bench: build time, rebuild time, search latency, page weight, server load, at city scale and 10x
bench: setup alur
	@# Against Hugo first: many files removed just before (the pipeline
	@# benchmark's 10x builds) slow the making of files on ext4 for a minute
	@# or more, for both contenders and most for the one making most.
	$(GO) test -run '^$$' -bench AgainstHugo -benchtime 1x -timeout 60m ./internal/cli/
	$(GO) test -run '^$$' -bench . -benchtime 1x ./internal/pipeline/
	$(GO) test -run '^$$' -bench . -benchmem ./internal/search/
	$(BIN) build --services $(SERVICES) --content $(CONTENT) --out $(OUT) -q
	ALUR_BENCH_SITE=$(CURDIR)/$(OUT) $(GO) test -run '^$$' -bench . ./internal/server/
	$(GO) test -run '^$$' -bench . -benchtime 20x ./internal/preview/
	$(GO) test -count=1 -run 'TestServicePagesAreLight|TestSurveyPageIsLight' -v ./internal/browsertest/ | grep -iE 'weight|KB|bytes|ok|FAIL'
	$(GO) test -run '^$$' -bench DurableWrites -benchtime 2s ./internal/store/
	$(GO) test -run '^$$' -bench . -benchtime 10x ./internal/staff/

## fuzz: run each fuzzer for a while (crashers land in the package's testdata/fuzz)
FUZZTIME ?= 2m
fuzz:
	$(GO) test ./internal/load -run '^$$' -fuzz FuzzBytes -fuzztime $(FUZZTIME)
	$(GO) test ./internal/check -run '^$$' -fuzz FuzzFolder -fuzztime $(FUZZTIME)
	$(GO) test ./internal/markdown -run '^$$' -fuzz FuzzLinks -fuzztime $(FUZZTIME)

## golden: rewrite golden files after an intended change (review the diff!)
# -update is defined once, in internal/testing/golden: it goes to exactly the
# packages whose tests import that package, and to all their tests but the
# soak tests (-short), so that no golden test is missed.
GOLDEN_PKGS = $(GO) list -f '{{.ImportPath}} {{join .TestImports " "}} {{join .XTestImports " "}}' ./... | \
	awk '/ github.com\/alurlayanan\/alur\/internal\/testing\/golden( |$$)/ {print $$1}'
golden:
	@pkgs=$$($(GOLDEN_PKGS)); test -n "$$pkgs" || { echo "no golden tests found"; exit 1; }; \
	echo "golden: $$pkgs"; $(GO) test -count=1 -short $$pkgs -update

clean:
	rm -rf bin

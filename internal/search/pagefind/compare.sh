#!/bin/sh
# compare.sh: run Pagefind beside alur's search on a built site and print
# top-1, top-3, MRR per relevance group, index size and build time for both.
#
#   internal/search/pagefind/compare.sh [SITE] [ALUR]
#
# SITE is a site `alur build` published (default: public); ALUR the alur
# binary (default: built from ./cmd/alur into a temporary folder). Pagefind
# is installed from npm into $PAGEFIND_HOME (default ~/.cache/alur-pagefind)
# the first time. Needs node 18 or later. Run from the repository root.
set -eu

site=${1:-public}
alur=${2:-}
here=$(cd "$(dirname "$0")" && pwd)
version=1.6.0
home=${PAGEFIND_HOME:-$HOME/.cache/alur-pagefind}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if [ ! -d "$site/_search/index.bleve" ]; then
	echo "compare.sh: $site has no _search/index.bleve: run alur build first" >&2
	exit 2
fi
site=$(cd "$site" && pwd -P)

if [ ! -f "$home/node_modules/pagefind/package.json" ] ||
	! grep -q "\"version\": \"$version\"" "$home/node_modules/pagefind/package.json"; then
	npm install --no-audit --no-fund --prefix "$home" "pagefind@$version" >&2
fi

if [ -z "$alur" ]; then
	alur="$work/alur"
	go build -o "$alur" ./cmd/alur
fi

node "$here/compare.mjs" "$home/node_modules/pagefind" "$site" "$alur" "$work" \
	"$here/../testdata/kueri.yaml" "$here/../testdata/kueri-kelompok.yaml"

// Command alur checks, builds and serves the public-service flows of
// kelurahan offices. See README.md.
package main

import (
	"os"

	"github.com/alurlayanan/alur/internal/cli"
)

func main() { os.Exit(cli.Run(os.Args[1:], os.Stdout, os.Stderr)) }

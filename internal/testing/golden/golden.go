// Package golden holds the one -update flag of the golden tests, so that
// `go test ./... -update` (make golden) reaches every golden file and no
// package defines the flag again. A test compares its output with a file
// and, when Update() is true, rewrites the file instead:
//
//	if golden.Update() {
//		os.WriteFile(path, got, 0o644)
//	}
//
// Packages with golden tests import this one; `make golden` passes -update
// to exactly those packages.
package golden

import "flag"

var update = flag.Bool("update", false, "rewrite the golden files from the output instead of comparing (make golden; review the diff)")

// Update reports whether the test run was asked to rewrite golden files.
func Update() bool { return *update }

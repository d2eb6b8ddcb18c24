package cli

import "io"

// The build, serve and search commands are wired in their own files once
// their packages land.
func runBuild(args []string, stdout, stderr io.Writer) int  { return exitUsage }
func runServe(args []string, stdout, stderr io.Writer) int  { return exitUsage }
func runSearch(args []string, stdout, stderr io.Writer) int { return exitUsage }

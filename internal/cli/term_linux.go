package cli

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"

	"golang.org/x/sys/unix"
)

// readHidden reads a line from a terminal with echo off; ok is false when
// f is not a terminal.
func readHidden(f *os.File, prompt io.Writer, ask string) (line string, ok bool, err error) {
	fd := int(f.Fd())
	old, err := unix.IoctlGetTermios(fd, unix.TCGETS)
	if err != nil {
		return "", false, nil
	}
	quiet := *old
	quiet.Lflag &^= unix.ECHO
	quiet.Lflag |= unix.ICANON | unix.ISIG
	if err := unix.IoctlSetTermios(fd, unix.TCSETS, &quiet); err != nil {
		return "", false, nil
	}
	defer unix.IoctlSetTermios(fd, unix.TCSETS, old)
	fmt.Fprint(prompt, ask)
	line, err = bufio.NewReader(f).ReadString('\n')
	fmt.Fprintln(prompt)
	return strings.TrimRight(line, "\r\n"), true, err
}

package cli

import (
	"flag"

	"github.com/alurlayanan/alur/internal/locale"
)

// The project's folders and address as the README lays them out: every
// command's flags default to these, and only here.
const (
	defaultServices = "services"
	defaultContent  = "content"
	defaultTheme    = "themes/alur"
	defaultSite     = "public"
	defaultAddr     = "127.0.0.1:8080"
	// defaultBaseURL is where `alur serve` answers by default; a real
	// deployment gives its public address.
	defaultBaseURL = "http://" + defaultAddr + "/"
)

func servicesFlag(fs *flag.FlagSet) *string {
	return fs.String("services", defaultServices, locale.Get("cli.flag.services").Both())
}

func contentFlag(fs *flag.FlagSet) *string {
	return fs.String("content", defaultContent, locale.Get("cli.flag.content").Both())
}

func themeFlag(fs *flag.FlagSet) *string {
	return fs.String("theme", defaultTheme, locale.Get("cli.flag.theme").Both())
}

// siteFlag is the published site: build writes it (--out), serve and
// search read it (--site).
func siteFlag(fs *flag.FlagSet, name string) *string {
	usage := locale.Get("cli.flag.site").Both()
	if name == "out" {
		usage = locale.Get("cli.flag.out").Both()
	}
	return fs.String(name, defaultSite, usage)
}

func addrFlag(fs *flag.FlagSet) *string {
	return fs.String("addr", defaultAddr, locale.Get("cli.flag.addr").Both())
}

func quietFlag(fs *flag.FlagSet) *bool {
	return fs.Bool("q", false, locale.Get("cli.flag.quiet").Both())
}

// defaultData is where alur serve keeps residents' feedback, the survey
// and staff accounts (kept out of git: .gitignore).
const defaultData = "data"

func dataFlag(fs *flag.FlagSet) *string {
	return fs.String("data", defaultData, locale.Get("cli.flag.data").Both())
}

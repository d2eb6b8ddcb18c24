package cli

import "flag"

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
	return fs.String("services", defaultServices, "folder berkas YAML / folder of YAML files")
}

func contentFlag(fs *flag.FlagSet) *string {
	return fs.String("content", defaultContent, "halaman tulisan tangan / hand-written pages")
}

func themeFlag(fs *flag.FlagSet) *string {
	return fs.String("theme", defaultTheme, "tema Hugo / Hugo theme")
}

// siteFlag is the published site: build writes it (--out), serve and
// search read it (--site).
func siteFlag(fs *flag.FlagSet, name string) *string {
	usage := "folder situs yang sudah dibangun / published site folder"
	if name == "out" {
		usage = "tempat terbit (tautan ke build terbaru) / publish path (link to the newest build)"
	}
	return fs.String(name, defaultSite, usage)
}

func addrFlag(fs *flag.FlagSet) *string {
	return fs.String("addr", defaultAddr, "alamat HOST:PORT / listen address")
}

func quietFlag(fs *flag.FlagSet) *bool {
	return fs.Bool("q", false, "tanpa ringkasan / no summary")
}

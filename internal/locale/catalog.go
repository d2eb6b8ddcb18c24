package locale

// catalog is every word alur's Go code says, by key. A key starts with the
// place that says it (kiosk., kata., cari., server., cli., diagram.); texts
// read from the theme are added by theme.go.
var catalog = map[string]Text{}

package analysis

import (
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/lang/id"
)

// IsStop reports whether a lower-case word carries no meaning for finding a
// service.
func IsStop(word string) bool { return stopWords[word] }

// stopWords is bleve's Indonesian list (Tala's appendix) less the words this
// domain needs, plus the fillers residents type around what they want.
var stopWords = func() analysis.TokenMap {
	m := analysis.NewTokenMap()
	if err := m.LoadBytes(id.IndonesianStopWords); err != nil {
		panic(err)
	}
	for _, w := range keep {
		delete(m, w)
	}
	for _, w := range fillers {
		m.AddToken(w)
	}
	return m
}()

// keep are stop words in the general list that name what residents need:
// "tidak mampu" (SKTM), "belum menikah", "buat KTP", "usaha kecil",
// "pindah dalam kota".
var keep = []string{"tidak", "tak", "belum", "mampu", "buat", "kecil", "dalam", "sudah", "baru", "lama", "diri", "sendiri"}

// fillers are words of a question, not of its subject: "mau tanya gimana
// cara ngurus ktp yg hilang" is a question about "ktp hilang".
var fillers = []string{
	"mau", "pengen", "pingin", "pengin", "ingin", "hendak", "gimana", "gmn", "gmana", "bgmn", "bagaimana",
	"cara", "caranya", "tolong", "mohon", "minta", "info", "informasi", "tanya", "nanya", "bertanya",
	"min", "mimin", "admin", "kak", "pak", "bu", "bapak", "ibu", "mas", "mbak", "gan", "sis",
	"sih", "nih", "deh", "dong", "ya", "yah", "yg", "dgn", "utk", "untuk", "tentang", "dimana", "kemana",
	"urus", "ngurus", "mengurus", "ngurusin", "uruskan", "bikin", "perlu", "butuh", "apa", "apakah", "saja", "aja",
	"the", "how", "to", "a", "an", "of", "for", "my", "i", "get", "need", "want",
	// Greetings and politeness around the question, in Indonesian and in
	// Javanese (ngoko and krama): "numpang tanya", "nyuwun sewu, badhe
	// tanglet", "matur nuwun".
	"numpang", "permisi", "maaf", "mengganggu", "dibantu", "assalamualaikum", "halo", "hai", "selamat",
	"pagi", "siang", "sore", "terima", "kasih", "sebelumnya", "sebenarnya", "kira", "kira-kira",
	"nyuwun", "sewu", "badhe", "ajeng", "arep", "kulo", "kula", "aku", "pripun", "piye", "carane",
	"nggih", "inggih", "njih", "monggo", "mangga", "matur", "nuwun", "tanglet", "takon", "kagem",
	"damel", "ndamel", "gawe", "nggawe", "wingi", "niki", "niku", "iki", "kuwi", "saking", "teng",
}

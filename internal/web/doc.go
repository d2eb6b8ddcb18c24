// Package web holds what the server renders itself rather than serving a
// published file: the search results page /cari (filled into the published
// page shell), the search API /api/search and the search-as-you-type
// script; and what residents send back (Hear): feedback on pages
// (/umpan-balik/, /api/v1/umpan-balik), the satisfaction survey
// (/survei/<office>/, /api/v1/survei), its current result and its QR
// poster, spliced into the shell Hugo builds at /survei/. The search
// engine (package search) answers queries and the store (package store)
// keeps records; how a page looks is decided here.
package web

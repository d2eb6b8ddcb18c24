// Package web holds what the server renders itself rather than serving a
// published file: the search results page /cari (filled into the published
// page shell), the search API /api/search and the search-as-you-type
// script. The search engine (package search) answers queries; how an
// answer looks is decided here.
package web

// Normalize: bytes in, a repaired original and a normalized text out, with
// the offset map between them (SPEC section 2).
//
// - UTF-8 is decoded with repair: each invalid sequence (including overlong
//   forms and encoded surrogates) becomes U+FFFD in the original, with a
//   warning. NUL and other control characters become spaces in the text.
// - Typographic apostrophes, quotes, dashes, ellipses, no-break and other
//   spaces are folded to ASCII; zero-width characters and soft hyphens are
//   dropped; the rest is NFKC.
// - For Markdown, inline markup is dropped from the text: emphasis (**, __,
//   *, _), backslash escapes, link targets, HTML tags and superscript ordinal
//   suffixes. Block markup (# headings, bullets) is left to the segmenter.
#ifndef COMMUNIQUE_NORMALIZE_NORMALIZE_H_
#define COMMUNIQUE_NORMALIZE_NORMALIZE_H_

#include <string_view>

#include "communique/document.h"

namespace communique::normalize {

// Fills doc.original, doc.original_cp_bytes, doc.original_length, doc.text
// and doc.offsets from `bytes`, and reports repairs in doc.diagnostics.
void Normalize(std::string_view bytes, Format format, Document& doc);

// Returns true iff `bytes` look like a binary file rather than text: a known
// binary signature (PDF, PNG, ZIP, GZIP...), or a start where NUL bytes,
// control characters and invalid UTF-8 make up more than a tenth.
bool LooksBinary(std::string_view bytes);

}  // namespace communique::normalize

#endif  // COMMUNIQUE_NORMALIZE_NORMALIZE_H_

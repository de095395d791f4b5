// The document model: one press release flowing through the pipeline.
//
// normalize -> segment -> match -> extract (dates, actors, topics, commitments) -> serialize
//
// Every stage reads a Document and adds its own annotations; no stage moves an
// offset set by an earlier one. Internally all spans are byte offsets into
// Document::text, the NORMALIZED text (NFKC, typographic punctuation folded,
// inline Markdown markup removed). Document::offsets maps any such byte offset
// back to code points of the original input, which is what the JSON carries
// (SPEC section 2). Views into Document::text stay valid as long as the
// Document lives and its text is not modified (only Normalize writes it).
#ifndef COMMUNIQUE_DOCUMENT_H_
#define COMMUNIQUE_DOCUMENT_H_

#include <cassert>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace communique {

// A half-open byte range [begin, end) in Document::text.
struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;
  uint32_t size() const { return end - begin; }
  bool empty() const { return end <= begin; }
  friend bool operator==(const Span&, const Span&) = default;
};

enum class Format { kText, kMarkdown };

// Where Document::published came from (SPEC section 1 precedence).
enum class PublishedSource { kNone, kCli, kMeta, kDateline };

// What the caller hands to the pipeline. `bytes` may be anything, including
// invalid UTF-8 and NUL bytes: normalization repairs and reports.
struct InputDocument {
  std::string id;
  std::string bytes;
  Format format = Format::kText;
  std::optional<std::string> published;  // "YYYY-MM-DD" when known
  PublishedSource published_source = PublishedSource::kNone;
  // The release's headline as the source gives it (sidecar or JSON Lines
  // "title"), when it is not part of `bytes`; "" when unknown. SPEC 7 lets
  // "we" fall back to the parties the title names.
  std::string title;
  // What the record carries through for the reader (SPEC 3's optional
  // fields; docs/output.md): where the document came from, a file's path or
  // the line of a JSON Lines stream ("source": {"path"}, {"stdin_line"}, or
  // {"path", "line"} for a line of a JSON Lines file; none when the path is
  // empty and the line 0), and the release's address ("url"; "" when unknown).
  // All valid UTF-8.
  std::string source_path;
  size_t source_line = 0;
  std::string url;
};

// Why `value` cannot be InputDocument::published, or nullopt: it must be a
// calendar date "YYYY-MM-DD" in the years 1000-8999 (relative dates are
// resolved by adding years, and their values keep four digits only there).
// Every front end (CLI, server, Python) checks with this one function.
std::optional<std::string> PublishedDateProblem(std::string_view value);

// What made a record (its "generator"): the library's version and the rule
// pack's id and content hash (RulePack::id(), RulePack::ContentHash()), so
// that two runs can be told apart. One per Engine, shared by its documents.
struct Generator {
  std::string version;
  std::string rules_id;
  std::string rules_hash;
};

// Maps byte offsets of the normalized text back to code point offsets of the
// original (repaired) text. Each normalized byte remembers the range of
// original code points that produced it; deleted characters (markup,
// zero-width spaces) produce no bytes, so spans never swallow them.
//
// Stored as runs, not per byte: most of a text is bytes that each come from
// the next original code point (copied ASCII, folded punctuation), and a run
// of those is one entry; a character that expands to several bytes (UTF-8,
// "...") or a run NFKC composes is one entry for all its bytes.
class OffsetMap {
 public:
  // Appends `count` normalized bytes produced by original code points
  // [orig_begin, orig_end).
  void Append(uint32_t count, uint32_t orig_begin, uint32_t orig_end) {
    if (count == 1 && orig_end == orig_begin + 1) {
      AppendIdentity(orig_begin, 1);
      return;
    }
    runs_.push_back({size_, orig_begin, orig_end});
    size_ += count;
  }
  // Appends `count` bytes, each produced by one original code point, starting
  // at `orig_begin` (a run of ASCII copied as it is).
  void AppendIdentity(uint32_t orig_begin, uint32_t count) {
    if (runs_.empty() || runs_.back().orig_end != kIdentity ||
        runs_.back().orig_begin + (size_ - runs_.back().text_begin) != orig_begin) {
      runs_.push_back({size_, orig_begin, kIdentity});
    }
    size_ += count;
  }
  // Records where the original ends and indexes the runs. REQUIRES: called
  // once, after the last Append and before any lookup.
  void Finish(uint32_t original_length);

  // Original code point where normalized byte `pos` starts (pos == size() is
  // the end of the original).
  uint32_t OriginalBegin(uint32_t pos) const {
    if (pos >= size_) return original_length_;
    const Run& run = RunAt(pos);
    return run.orig_end == kIdentity ? run.orig_begin + (pos - run.text_begin) : run.orig_begin;
  }
  // Original code point just after the character containing byte `pos - 1`:
  // the exclusive end for a span ending at normalized offset `pos`.
  uint32_t OriginalEnd(uint32_t pos) const {
    if (pos == 0) return size_ == 0 ? 0 : OriginalBegin(0);
    if (pos > size_) return original_length_;
    const Run& run = RunAt(pos - 1);
    return run.orig_end == kIdentity ? run.orig_begin + (pos - run.text_begin) : run.orig_end;
  }

  size_t size() const { return size_; }

 private:
  // Marks a run whose bytes map one to one to consecutive code points.
  static constexpr uint32_t kIdentity = UINT32_MAX;
  struct Run {
    uint32_t text_begin;  // first normalized byte of the run
    uint32_t orig_begin;  // code point of that byte
    uint32_t orig_end;    // kIdentity, or the end of the code points every byte of the run maps to
  };
  // The run holding byte `pos`. REQUIRES: pos < size().
  const Run& RunAt(uint32_t pos) const;

  std::vector<Run> runs_;
  std::vector<uint32_t> block_runs_;  // the run holding the first byte of each 64-byte block
  uint32_t size_ = 0;
  uint32_t original_length_ = 0;
};

// The byte offset in Document::original of each code point, and at index
// Document::original_length the end. Stored as runs of code points of one
// UTF-8 width (a stretch of ASCII is one entry), not 4 bytes per code point.
class CodePointOffsets {
 public:
  // Appends `count` code points of `width` bytes each.
  void Append(uint32_t count, uint32_t width) {
    if (runs_.empty() || runs_.back().width != width) runs_.push_back({count_, bytes_, width});
    count_ += count;
    bytes_ += count * width;
  }
  // Indexes the runs. REQUIRES: called once, after the last Append and before any lookup.
  void Finish();
  // Byte offset of code point `cp`. REQUIRES: cp < size().
  uint32_t operator[](uint32_t cp) const;
  // The number of code points plus one (the end).
  size_t size() const { return count_ + 1; }

 private:
  struct Run {
    uint32_t cp_begin;
    uint32_t byte_begin;
    uint32_t width;  // bytes per code point
  };
  std::vector<Run> runs_;
  std::vector<uint32_t> block_runs_;  // the run holding the first code point of each block of 64
  uint32_t count_ = 0;
  uint32_t bytes_ = 0;
};

enum class SegmentKind { kHeading, kParagraph, kListItem };

struct Segment {
  SegmentKind kind = SegmentKind::kParagraph;
  Span span;          // excludes bullets, heading marks and surrounding white space
  std::string label;  // "Label" of a list item opening with "Label:", else empty
  // True for a segment in a background section ("Background", "Notes to
  // editors", "About ..."): commitments are not extracted there (SPEC 7).
  bool background = false;
};

// A word, number or punctuation token of Document::text (the match stage).
// Words are runs of letters and digits ("5G", "COVID"); every other non-space
// character is a token of its own ("-", "'", "."). Any byte >= 0x80 counts as
// a letter: after normalization, non-ASCII text is letters and marks.
struct Token {
  enum class Kind : uint8_t { kWord, kNumber, kPunct };
  Span span;
  Kind kind = Kind::kWord;
  uint64_t folded_hash = 0;  // hash of the ASCII-lowercased token text
};

struct Sentence {
  Span span;
  uint32_t segment = 0;  // index into Document::segments
};

struct DateExpr {
  Span span;
  std::string type;   // DATE, TIME, DURATION, SET
  std::string value;  // ISO 8601 or TimeML value ("2025-05-13", "P3Y", "PRESENT_REF")
  std::string mod;    // "", "END", "START", "MID", "BEFORE", "AFTER", ...
  std::string rule;   // id of the rule that produced it
};

struct Mention {
  Span span;
  std::string rule;
};

struct Actor {
  std::string id;    // ISO alpha-2, "EU", or a lowercase slug
  std::string type;  // country, bloc, organization, person
  std::string name;
  std::string role;         // persons only; may be empty
  std::string affiliation;  // persons only; actor id; may be empty
  std::string kb;           // canonical id from an office-holder lexicon; may be empty
  std::vector<Mention> mentions;  // sorted by position
  // A partnership (the Quad, AUKUS: rules/actors/memberships.jsonl) that no
  // commitment names: kept for the stages that read actors, never written
  // (SPEC 6: a format of its members is no actor).
  bool partnership = false;
};

struct Topic {
  std::string id;
  std::string label;
  std::vector<Mention> mentions;  // sorted by position
};

struct Commitment {
  std::string type;    // agree, pledge, intend, launch, sign, cooperate, review, meet, schedule
  std::string status;  // planned, ongoing, done
  std::vector<std::string> actors;  // actor ids
  Span trigger;
  Span action;
  std::vector<std::string> topics;  // topic ids inside the action
  std::vector<std::string> dates;   // values of dates in the same sentence
  bool negated = false;
  bool hedged = false;
  std::string rule;
};

struct Diagnostic {
  enum class Level { kWarning, kError };
  Level level = Level::kWarning;
  std::string message;
  std::optional<uint32_t> original_offset;  // code point in the original text
};

struct Document {
  std::string id;
  Format format = Format::kText;
  std::optional<std::string> published;
  PublishedSource published_source = PublishedSource::kNone;
  std::string title;  // InputDocument::title, as given (not normalized, no spans)
  std::string source_path;  // InputDocument's, carried to the record
  size_t source_line = 0;
  std::string url;
  std::shared_ptr<const Generator> generator;  // the Engine's; null for a hand-made Document

  std::string original;  // the input as valid UTF-8 (invalid sequences -> U+FFFD)
  CodePointOffsets original_cp_bytes;        // byte offset in `original` of each code point, + end
  uint32_t original_length = 0;             // in code points
  std::string text;                         // normalized text (see the header comment)
  OffsetMap offsets;

  std::vector<Segment> segments;
  std::vector<Sentence> sentences;
  std::vector<Token> tokens;  // every token of `text`, in order
  std::vector<DateExpr> dates;
  std::vector<Actor> actors;
  // The authors the title names ("Joint Statement by President X and Prime
  // Minister Y", "Joint Statement from Mexico, Canada, and the United
  // States"; SPEC 8a), as the actors stage reads them: the record's own
  // actor where the text names them, else one without mentions. Not output:
  // an author joins `actors` where a commitment names it.
  std::vector<Actor> title_authors;
  std::vector<Topic> topics;
  std::vector<Commitment> commitments;
  std::vector<Diagnostic> diagnostics;

  // The text of `span`. REQUIRES: span.begin <= span.end <= text.size(), as
  // for every span a stage makes. Unchecked: the stages ask for a token's
  // text on every token, and a range check kept their callers out of line.
  std::string_view View(Span span) const {
    assert(span.begin <= span.end && span.end <= text.size());
    return std::string_view(text.data() + span.begin, span.end - span.begin);
  }
  // The original text of code points [begin, end), as UTF-8.
  std::string_view OriginalSlice(uint32_t begin, uint32_t end) const {
    return std::string_view(original).substr(original_cp_bytes[begin],
                                             original_cp_bytes[end] - original_cp_bytes[begin]);
  }
  // The original text behind a normalized span: what the JSON's "text" holds.
  std::string_view OriginalText(Span span) const {
    return OriginalSlice(offsets.OriginalBegin(span.begin), offsets.OriginalEnd(span.end));
  }
  void Warn(std::string message, std::optional<uint32_t> original_offset = std::nullopt) {
    diagnostics.push_back({Diagnostic::Level::kWarning, std::move(message), original_offset});
  }
};

}  // namespace communique

#endif  // COMMUNIQUE_DOCUMENT_H_

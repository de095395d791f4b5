// communique._communique: the native half of the Python package.
//
// It sees only the public API (extractor/include/communique), as the CLI
// does. Python-facing conveniences (dicts, iterators, Dask) live in the pure
// Python package beside it; this file converts arguments, releases the GIL
// around engine work and turns every failure into a Python exception with
// the reason, so that no input can take the interpreter down.
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "communique/pipeline.h"
#include "communique/rules.h"
#include "communique/score.h"
#include "communique/serialize.h"

namespace py = pybind11;

namespace communique::python {
namespace {

// What one Python call says about a document; mirrors a JSON Lines record
// of `communique extract -`, so that both give the same record.
struct DocumentArgs {
  std::string text;
  std::optional<std::string> id;
  std::optional<std::string> published;
  std::optional<std::string> format;
  std::optional<std::string> title;
  std::optional<std::string> url;
  // The record's "source": a file's path, or a line of JSON Lines.
  std::string source_path;
  size_t source_line = 0;
};

// Builds the engine's input, or throws ValueError naming the bad argument.
InputDocument ToInput(DocumentArgs args, const std::string& default_id) {
  // As a JSON Lines record of the CLI.
  if (args.id && args.id->empty()) throw py::value_error("id must be a non-empty string");
  InputDocument input;
  input.id = args.id ? std::move(*args.id) : default_id;
  input.bytes = std::move(args.text);
  if (args.published) {
    if (std::optional<std::string> problem = PublishedDateProblem(*args.published)) {
      throw py::value_error("published " + *problem + ", got \"" + *args.published + "\"");
    }
    input.published = std::move(args.published);
    input.published_source = PublishedSource::kMeta;
  }
  if (args.format) {
    if (*args.format == "markdown") {
      input.format = Format::kMarkdown;
    } else if (*args.format != "text") {
      throw py::value_error("format must be \"text\" or \"markdown\", got \"" + *args.format + "\"");
    }
  }
  if (args.title) input.title = std::move(*args.title);
  if (args.url) input.url = std::move(*args.url);
  input.source_path = std::move(args.source_path);
  input.source_line = args.source_line;
  return input;
}

// A Python str as UTF-8, or nullopt when it holds a lone surrogate (U+D800
// to U+DFFF: a "\ud800" literal, or a file read with
// errors="surrogateescape"), which UTF-8 cannot encode.
std::optional<std::string> Utf8(const py::handle& str) {
  Py_ssize_t size = 0;
  if (const char* data = PyUnicode_AsUTF8AndSize(str.ptr(), &size)) {
    return std::string(data, static_cast<size_t>(size));
  }
  PyErr_Clear();
  return std::nullopt;
}

// "surrogatepass" writes a lone surrogate as the three bytes ED A0..BF xx, which
// the engine would repair into three U+FFFD: every later offset would then be
// two code points past the str the caller slices. Each becomes one byte that
// is never UTF-8 (0xFF), repaired into one U+FFFD, so offsets count the
// surrogate as the one code point Python counts (ED A0..BF never starts valid
// UTF-8, so nothing else is touched).
std::string OneInvalidBytePerSurrogate(const std::string& surrogatepass) {
  std::string out;
  out.reserve(surrogatepass.size());
  for (size_t i = 0; i < surrogatepass.size(); ++i) {
    const auto byte = static_cast<unsigned char>(surrogatepass[i]);
    const bool surrogate = byte == 0xED && i + 2 < surrogatepass.size() &&
                           (static_cast<unsigned char>(surrogatepass[i + 1]) & 0xE0) == 0xA0;
    if (surrogate) {
      out.push_back(static_cast<char>(0xFF));
      i += 2;
    } else {
      out.push_back(surrogatepass[i]);
    }
  }
  return out;
}

// Python str arguments arrive as UTF-8; bytes are taken as they are (the
// engine repairs invalid UTF-8 and says so in a diagnostic). A text's lone
// surrogates are bad text, which is normal input: each is passed as one
// invalid byte and repaired the same way.
std::string TextArgument(const py::handle& text) {
  if (py::isinstance<py::str>(text)) {
    if (std::optional<std::string> utf8 = Utf8(text)) return std::move(*utf8);
    auto bytes = py::reinterpret_steal<py::bytes>(PyUnicode_AsEncodedString(text.ptr(), "utf-8", "surrogatepass"));
    if (!bytes) throw py::error_already_set();
    return OneInvalidBytePerSurrogate(bytes.cast<std::string>());
  }
  if (py::isinstance<py::bytes>(text)) return text.cast<std::string>();
  throw py::type_error(std::string("text must be str or bytes, not ") +
                       std::string(py::str(text.get_type().attr("__name__"))));
}

std::optional<std::string> OptionalString(const py::handle& value, const char* name) {
  if (value.is_none()) return std::nullopt;
  if (!py::isinstance<py::str>(value)) {
    throw py::type_error(std::string(name) + " must be str or None, not " +
                         std::string(py::str(value.get_type().attr("__name__"))));
  }
  std::optional<std::string> utf8 = Utf8(value);
  if (!utf8) throw py::value_error(std::string(name) + " must be valid Unicode, not hold a lone surrogate");
  return utf8;
}

class PyEngine {
 public:
  PyEngine(const std::optional<std::string>& rules, const std::string& profile) {
    RulePack loaded;
    const RulePack* pack = &RulePack::Embedded();
    if (rules) {
      Result<RulePack> read = RulePack::LoadDirectory(*rules);
      if (!read.ok()) throw py::value_error(read.status().ToString());
      loaded = std::move(read).value();
      pack = &loaded;
    }
    EngineOptions options;
    options.profile = profile;
    Result<std::shared_ptr<const Engine>> engine = Engine::Create(*pack, options);
    if (!engine.ok()) throw py::value_error(engine.status().ToString());
    engine_ = std::move(engine).value();
    profile_ = profile;
  }

  std::string ExtractJson(const py::handle& text, const py::handle& id, const py::handle& published,
                          const py::handle& format, const py::handle& title, const py::handle& url,
                          const std::string& source_path, size_t source_line) const {
    InputDocument input = ToInput({TextArgument(text), OptionalString(id, "id"),
                                   OptionalString(published, "published"),
                                   OptionalString(format, "format"), OptionalString(title, "title"),
                                   OptionalString(url, "url"), source_path, source_line},
                                  "document");
    py::gil_scoped_release release;
    return ToJson(engine_->Process(std::move(input)));
  }

  // One record per item, in order; `first_index` numbers the default ids
  // ("doc-1", ...) across the chunks of one pipe().
  std::vector<std::string> ExtractBatchJson(const py::list& items, size_t first_index) const {
    std::vector<InputDocument> inputs;
    inputs.reserve(items.size());
    size_t index = first_index;
    for (const py::handle& item : items) {
      ++index;
      inputs.push_back(ToInput(ItemArgs(item, index), "doc-" + std::to_string(index)));
    }
    py::gil_scoped_release release;
    std::vector<Document> docs = engine_->ProcessBatch(std::move(inputs));
    std::vector<std::string> records;
    records.reserve(docs.size());
    for (const Document& doc : docs) records.push_back(ToJson(doc));
    return records;
  }

  const std::string& profile() const { return profile_; }

 private:
  // A pipe() item: a str (the text) or a mapping with "text" and the
  // optional fields of a JSON Lines record.
  static DocumentArgs ItemArgs(const py::handle& item, size_t index) {
    if (py::isinstance<py::str>(item) || py::isinstance<py::bytes>(item)) {
      return {TextArgument(item)};
    }
    if (!py::isinstance<py::dict>(item)) {
      throw py::type_error("item " + std::to_string(index) + ": expected str or dict, not " +
                           std::string(py::str(item.get_type().attr("__name__"))));
    }
    py::dict fields = py::reinterpret_borrow<py::dict>(item);
    if (!fields.contains("text")) {
      throw py::value_error("item " + std::to_string(index) + ": missing \"text\"");
    }
    auto field = [&](const char* key) {
      return fields.contains(key) ? OptionalString(fields[key], key) : std::nullopt;
    };
    return {TextArgument(fields["text"]), field("id"), field("published"), field("format"),
            field("title"), field("url")};
  }

  std::shared_ptr<const Engine> engine_;
  std::string profile_;
};

// Scores one prediction against one gold document (both JSON text of the
// output shape); returns the flat metrics object of `communique score --json`
// (`partial`: as its --partial, the gold may leave attributes out).
std::string ScoreJson(const std::string& gold_json, const std::string& pred_json,
                      const std::string& name, bool partial) {
  Result<Annotations> gold = ParseAnnotations(gold_json, partial);
  if (!gold.ok()) throw py::value_error("gold: " + gold.status().message());
  Result<Annotations> pred = ParseAnnotations(pred_json);
  if (!pred.ok()) throw py::value_error("pred: " + pred.status().message());
  ScoreReport report;
  report.Add(ScoreDocument(name, gold.value(), pred.value()));
  return FormatJson(report, /*per_doc=*/false);
}

}  // namespace
}  // namespace communique::python

PYBIND11_MODULE(_communique, m) {
  using communique::python::PyEngine;
  m.doc() = "Native core of communique; use the communique package instead.";
  m.attr("__version__") = COMMUNIQUE_VERSION;
  py::class_<PyEngine>(m, "Engine")
      .def(py::init<const std::optional<std::string>&, const std::string&>(),
           py::arg("rules") = py::none(), py::arg("profile") = "default")
      .def("extract_json", &PyEngine::ExtractJson, py::arg("text"), py::kw_only(),
           py::arg("id") = py::none(), py::arg("published") = py::none(),
           py::arg("format") = py::none(), py::arg("title") = py::none(),
           py::arg("url") = py::none(), py::arg("source_path") = "", py::arg("source_line") = 0)
      .def("extract_batch_json", &PyEngine::ExtractBatchJson, py::arg("items"),
           py::arg("first_index") = 0)
      .def_property_readonly("profile", &PyEngine::profile);
  m.def("score_json", &communique::python::ScoreJson, py::arg("gold"), py::arg("pred"),
        py::arg("name") = "document", py::arg("partial") = false);
}

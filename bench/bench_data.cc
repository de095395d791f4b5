#include "bench_data.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace communique::bench {
namespace fs = std::filesystem;

namespace {

std::string Slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream content;
  content << in.rdbuf();
  return content.str();
}

// The sidecar is only scanned for two fields; the benchmark must not depend
// on the JSON reader it does not measure.
std::string Field(const std::string& json, const std::string& name) {
  size_t key = json.find("\"" + name + "\"");
  if (key == std::string::npos) return "";
  size_t open = json.find('"', json.find(':', key) + 1);
  size_t close = json.find('"', open + 1);
  return open == std::string::npos || close == std::string::npos ? ""
                                                                 : json.substr(open + 1, close - open - 1);
}

}  // namespace

const BenchCorpus& LoadBenchCorpus() {
  static const BenchCorpus* corpus = [] {
    auto* result = new BenchCorpus();
    fs::path shared = fs::path(COMMUNIQUE_SHARED_DIR) / "press/whitehouse";
    std::error_code ec;
    fs::path dir = fs::is_directory(shared, ec) ? shared : fs::path(COMMUNIQUE_SOURCE_DIR) / "corpus";
    // A chosen folder: while held-out texts must not be run, or to time other releases.
    if (const char* chosen = std::getenv("COMMUNIQUE_BENCH_DIR"); chosen && *chosen) dir = chosen;
    result->source = dir.string();
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(dir, ec)) {
      auto ext = entry.path().extension();
      if (ext == ".txt" || ext == ".md") files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    for (const fs::path& file : files) {
      InputDocument doc;
      doc.id = file.stem().string();
      doc.bytes = Slurp(file);
      fs::path meta = file.parent_path() / (file.stem().string() + ".meta.json");
      std::string sidecar = fs::exists(meta, ec) ? Slurp(meta) : "";
      std::string published = Field(sidecar, "published");
      if (!published.empty()) {
        doc.published = published;
        doc.published_source = PublishedSource::kMeta;
      }
      if (Field(sidecar, "format") == "markdown" || file.extension() == ".md") {
        doc.format = Format::kMarkdown;
      }
      result->bytes += doc.bytes.size();
      result->documents.push_back(std::move(doc));
    }
    return result;
  }();
  return *corpus;
}

}  // namespace communique::bench

#include "communique/pipeline.h"

#include "engine_stages.h"
#include "extract/commitments.h"
#include "normalize/normalize.h"

namespace communique {

Engine::Engine() = default;
Engine::~Engine() = default;

Result<std::shared_ptr<const Engine>> Engine::Create(const RulePack& pack,
                                                     const EngineOptions& options) {
  if (options.profile != "default" && options.profile != "timeml") {
    return Status::InvalidArgument("unknown profile \"" + options.profile +
                                   "\" (expected default or timeml)");
  }
  rules::CompileContext context(pack, options.profile == "timeml");
  std::shared_ptr<Engine> engine(new Engine());
  engine->options_ = options;
  engine->generator_ = std::make_shared<const Generator>(
      Generator{COMMUNIQUE_VERSION, pack.id(), pack.ContentHash()});
  engine->stages_ = EngineStages::Compile(context);
  // A family that failed may have stopped before reading its other files.
  if (context.ok()) context.ReportUnreadFiles();
  if (!context.ok()) return context.ToStatus();
  if (!engine->stages_) return Status::Internal("a rule family failed to compile without reporting why");
  if (Status order = CheckStageOrder(engine->stages_->order(), EngineStages::kGiven); !order.ok()) {
    return order;
  }
  return std::shared_ptr<const Engine>(std::move(engine));
}

Document Engine::Process(InputDocument input) const {
  std::vector<InputDocument> one;
  one.push_back(std::move(input));
  return std::move(ProcessBatch(std::move(one)).front());
}

std::vector<Document> Engine::ProcessBatch(std::vector<InputDocument> inputs) const {
  std::vector<Document> docs(inputs.size());
  // Documents that are text; binary ones stop after their diagnostic.
  std::vector<Document*> text;
  text.reserve(inputs.size());
  for (size_t i = 0; i < inputs.size(); ++i) {
    InputDocument& input = inputs[i];
    Document& doc = docs[i];
    doc.id = std::move(input.id);
    doc.format = input.format;
    doc.published = std::move(input.published);
    doc.published_source = doc.published ? input.published_source : PublishedSource::kNone;
    doc.title = std::move(input.title);
    doc.source_path = std::move(input.source_path);
    doc.source_line = input.source_line;
    doc.url = std::move(input.url);
    doc.generator = generator_;
    if (normalize::LooksBinary(input.bytes)) {
      // Extracting from a PDF or an image would only produce noise: the record
      // says why it is empty, and the batch goes on.
      normalize::Normalize("", input.format, doc);
      doc.diagnostics.push_back({Diagnostic::Level::kError,
                                 "binary input (" + std::to_string(input.bytes.size()) +
                                     " bytes): not a text document, nothing extracted",
                                 std::nullopt});
      continue;
    }
    normalize::Normalize(input.bytes, input.format, doc);
    std::string().swap(input.bytes);  // the normalized text replaces it
    text.push_back(&doc);
  }
  // Stage by stage across the batch: each stage's compiled rules (tries,
  // filters, RE2's automata) stay in cache from one document to the next.
  for (const Stage* stage : stages_->order()) {
    for (Document* doc : text) stage->Run(*doc);
  }
  for (Document* doc : text) {
    // Every caller (CLI, server, Python) should learn why "today" stays
    // PRESENT_REF, so the engine says it rather than each front end.
    if (!doc->published) {
      doc->Warn("no publication date (no --published, sidecar or JSON Lines \"published\", no dateline): "
                "relative dates such as \"today\" are left unresolved");
    }
  }
  return docs;
}

Explanation Engine::Explain(const Document& doc) const {
  Explanation why;
  for (CommitmentExtractor::TriggerTrace& t : stages_->commitments().Trace(doc, nullptr)) {
    why.triggers.push_back(
        {t.trigger, t.sentence, std::move(t.rule), std::move(t.type), t.commitment, std::move(t.reason)});
  }
  return why;
}

}  // namespace communique

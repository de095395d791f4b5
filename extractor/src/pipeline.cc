#include "communique/pipeline.h"

#include "extract/actors.h"
#include "extract/commitments.h"
#include "extract/dates.h"
#include "extract/topics.h"
#include "match/tokenizer.h"
#include "normalize/normalize.h"
#include "segment/segment.h"

namespace communique {

Engine::~Engine() = default;

Result<std::shared_ptr<const Engine>> Engine::Create(const RulePack& pack,
                                                     const EngineOptions& options) {
  if (options.profile != "default" && options.profile != "timeml") {
    return Status::InvalidArgument("unknown profile \"" + options.profile +
                                   "\" (expected default or timeml)");
  }
  rules::CompileContext context(pack, options);
  std::shared_ptr<Engine> engine(new Engine());
  engine->options_ = options;
  engine->segmenter_ = Segmenter::Compile(context);
  engine->dates_ = DateExtractor::Compile(context);
  engine->actors_ = ActorExtractor::Compile(context);
  engine->topics_ = TopicExtractor::Compile(context);
  engine->commitments_ = CommitmentExtractor::Compile(context);
  if (!context.ok()) return context.ToStatus();
  if (!engine->segmenter_ || !engine->dates_ || !engine->actors_ || !engine->topics_ ||
      !engine->commitments_) {
    return Status::Internal("a rule family failed to compile without reporting why");
  }
  return std::shared_ptr<const Engine>(std::move(engine));
}

Document Engine::Process(InputDocument input) const {
  Document doc;
  doc.id = std::move(input.id);
  doc.format = input.format;
  doc.published = std::move(input.published);
  doc.published_source = doc.published ? input.published_source : PublishedSource::kNone;
  doc.title = std::move(input.title);
  if (normalize::LooksBinary(input.bytes)) {
    // Extracting from a PDF or an image would only produce noise: the record
    // says why it is empty, and the batch goes on.
    normalize::Normalize("", input.format, doc);
    doc.diagnostics.push_back({Diagnostic::Level::kError,
                               "binary input (" + std::to_string(input.bytes.size()) +
                                   " bytes): not a text document, nothing extracted",
                               std::nullopt});
    return doc;
  }
  normalize::Normalize(input.bytes, input.format, doc);
  segmenter_->Run(doc);
  match::TokenizeDocument(doc);
  if (!doc.published) {
    if (auto dateline = dates_->FindDateline(doc)) {
      doc.published = *dateline;
      doc.published_source = PublishedSource::kDateline;
    }
  }
  dates_->Run(doc);
  actors_->Run(doc);
  topics_->Run(doc);
  commitments_->Run(doc);
  return doc;
}

}  // namespace communique

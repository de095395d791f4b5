// TimeML (TIMEX3 in XML) for communique records, written through libxml2's
// xmlTextWriter (Debian's libxml2): escaping and well-formedness are its job.
#include <libxml/xmlwriter.h>

#include <memory>

#include "standoff.h"

namespace communique::cli {
namespace {

using nlohmann::json;

struct Freer {
  void operator()(xmlBuffer* buffer) const { xmlBufferFree(buffer); }
  void operator()(xmlTextWriter* writer) const { xmlFreeTextWriter(writer); }
};

const xmlChar* X(const char* s) { return reinterpret_cast<const xmlChar*>(s); }

void Timex(xmlTextWriter* w, const std::string& tid, const json& date, std::string_view text,
           const char* function_in_document) {
  xmlTextWriterStartElement(w, X("TIMEX3"));
  xmlTextWriterWriteAttribute(w, X("tid"), X(tid.c_str()));
  xmlTextWriterWriteAttribute(w, X("type"), X(StringField(date, "type").c_str()));
  xmlTextWriterWriteAttribute(w, X("value"), X(StringField(date, "value").c_str()));
  if (!StringField(date, "mod").empty()) xmlTextWriterWriteAttribute(w, X("mod"), X(StringField(date, "mod").c_str()));
  if (function_in_document) {
    xmlTextWriterWriteAttribute(w, X("temporalFunction"), X("false"));
    xmlTextWriterWriteAttribute(w, X("functionInDocument"), X(function_in_document));
  }
  xmlTextWriterWriteString(w, X(std::string(text).c_str()));
  xmlTextWriterEndElement(w);
}

}  // namespace

std::string ToTimeMl(const json& record, const OriginalText& text) {
  std::unique_ptr<xmlBuffer, Freer> buffer(xmlBufferCreate());
  std::unique_ptr<xmlTextWriter, Freer> writer(xmlNewTextWriterMemory(buffer.get(), 0));
  xmlTextWriter* w = writer.get();
  xmlTextWriterStartDocument(w, nullptr, "UTF-8", nullptr);
  xmlTextWriterStartElement(w, X("TimeML"));
  xmlTextWriterWriteAttribute(w, X("xmlns:xsi"), X("http://www.w3.org/2001/XMLSchema-instance"));
  xmlTextWriterWriteAttribute(w, X("xsi:noNamespaceSchemaLocation"), X("http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd"));
  xmlTextWriterWriteString(w, X("\n"));
  xmlTextWriterWriteElement(w, X("DOCID"), X(StringField(record, "id").c_str()));
  xmlTextWriterWriteString(w, X("\n"));
  const std::string published = StringField(record, "published");
  if (!published.empty()) {
    xmlTextWriterStartElement(w, X("DCT"));
    Timex(w, "t0", json{{"type", "DATE"}, {"value", published}}, published, "CREATION_TIME");
    xmlTextWriterEndElement(w);
    xmlTextWriterWriteString(w, X("\n"));
  }
  xmlTextWriterStartElement(w, X("TEXT"));
  uint32_t at = 0;
  int tid = 0;
  auto dates = record.find("dates");
  if (dates != record.end() && dates->is_array()) {
    for (const json& date : *dates) {
      uint32_t start = date.value("start", 0u), end = date.value("end", 0u);
      if (start < at || end < start || end > text.length()) continue;  // TIMEX3s cannot overlap
      xmlTextWriterWriteString(w, X(std::string(text.Slice(at, start)).c_str()));
      Timex(w, "t" + std::to_string(++tid), date, text.Slice(start, end), nullptr);
      at = end;
    }
  }
  xmlTextWriterWriteString(w, X(std::string(text.Slice(at, static_cast<uint32_t>(text.length()))).c_str()));
  xmlTextWriterEndElement(w);
  xmlTextWriterWriteString(w, X("\n"));
  xmlTextWriterEndDocument(w);
  writer.reset();  // flushes into the buffer
  return std::string(reinterpret_cast<const char*>(xmlBufferContent(buffer.get())),
                     static_cast<size_t>(xmlBufferLength(buffer.get())));
}

}  // namespace communique::cli

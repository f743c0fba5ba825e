// make_document(): offsets stay those of the file, line:column counts lines
// (LF, CRLF, CR) and characters, sentences come from ICU, and bad encodings
// are refused with their position.
#include <catch2/catch.hpp>

#include "factlint/documents.hpp"

using namespace factlint;

namespace {
Document doc(std::string bytes) {
  Result<Document> d = make_document("a", "story/a.txt", std::move(bytes));
  REQUIRE(d.ok());
  return std::move(d).value();
}
std::vector<std::string> sentences(const Document& d) {
  std::vector<std::string> out;
  for (const Span& s : d.sentences) out.emplace_back(d.slice(s));
  return out;
}
}  // namespace

TEST_CASE("positions count lines ended by LF, CRLF or a lone CR") {
  const Document d = doc("one\ntwo\r\nthree\rfour");
  CHECK(d.position(0) == Position{1, 1});
  CHECK(d.position(4) == Position{2, 1});   // "two"
  CHECK(d.position(9) == Position{3, 1});   // "three", after CRLF
  CHECK(d.position(15) == Position{4, 1});  // "four", after a lone CR
  CHECK(d.position(17) == Position{4, 3});
  CHECK(d.line_starts.size() == 4);
}

TEST_CASE("columns count characters, not bytes") {
  const Document d = doc("caf\xC3\xA9 \xE2\x80\x9C" "CEO\xE2\x80\x9D");  // café “CEO”
  const std::size_t ceo = d.text.find("CEO");
  CHECK(d.position(ceo) == Position{1, 7});
}

TEST_CASE("a UTF-8 byte-order mark is skipped but offsets stay those of the file") {
  const Document d = doc("\xEF\xBB\xBFJane Doe resigned.");
  CHECK(d.content_begin == 3);
  CHECK(d.position(3) == Position{1, 1});
  REQUIRE(d.sentences.size() == 1);
  CHECK(d.sentences[0].begin == 3);
  CHECK(d.slice(d.sentences[0]) == "Jane Doe resigned.");
}

TEST_CASE("invalid UTF-8 is refused with file, line, column and byte offset") {
  Result<Document> d = make_document("a", "story/a.txt", "fine line\nbad \xFF here");
  REQUIRE_FALSE(d.ok());
  const Diagnostic& e = d.errors().front();
  CHECK(e.file == "story/a.txt");
  CHECK(e.line == 2);
  CHECK(e.column == 5);
  CHECK(e.message.find("byte offset 14") != std::string::npos);
  CHECK(e.message.find("0xFF") != std::string::npos);
  CHECK_FALSE(e.hint.empty());
}

TEST_CASE("a UTF-16 file is refused with a hint to convert it") {
  Result<Document> d = make_document("a", "a.txt", std::string("\xFF\xFE" "J\0a\0", 6));
  REQUIRE_FALSE(d.ok());
  CHECK(d.errors().front().message.find("UTF-16") != std::string::npos);
  CHECK(d.errors().front().hint.find("iconv") != std::string::npos);
}

TEST_CASE("sentences: ICU boundaries, line ends, abbreviations and initials") {
  const Document d = doc(
      "Headline Without Full Stop\n"
      "Acme Corp. confirmed the news. Richard A. Smith resigned on Monday.\r\n"
      "Mr. Doe said nothing. It was found Oct. 12.");
  CHECK(sentences(d) == std::vector<std::string>{"Headline Without Full Stop", "Acme Corp. confirmed the news.",
                                                 "Richard A. Smith resigned on Monday.", "Mr. Doe said nothing.",
                                                 "It was found Oct. 12."});
  const std::size_t smith = d.text.find("Smith");
  REQUIRE(d.sentence_at(smith).has_value());
  CHECK(*d.sentence_at(smith) == 2);
  CHECK_FALSE(d.sentence_at(d.text.find('\n')).has_value());
}

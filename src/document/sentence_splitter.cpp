// Sentence boundaries from ICU's BreakIterator, read directly over the UTF-8
// bytes (a UText), so boundaries come back as byte offsets with no conversion.
// Entry point: split_sentences().
#include "document/sentence_splitter.hpp"
#include "factlint/documents.hpp"
#include "text/text.hpp"

#include <memory>

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>

namespace factlint::detail {
namespace {

// One iterator per thread: creating one loads ICU's rules (slow); using one
// from two threads is not allowed.
icu::BreakIterator* sentence_iterator() {
  thread_local std::unique_ptr<icu::BreakIterator> iterator = [] {
    UErrorCode status = U_ZERO_ERROR;
    // "ss=standard" suppresses breaks after common abbreviations ("Mr.", "Corp.").
    std::unique_ptr<icu::BreakIterator> it(
        icu::BreakIterator::createSentenceInstance(icu::Locale("en@ss=standard"), status));
    if (U_FAILURE(status)) {
      status = U_ZERO_ERROR;
      it.reset(icu::BreakIterator::createSentenceInstance(icu::Locale::getEnglish(), status));
    }
    return U_SUCCESS(status) ? std::move(it) : nullptr;
  }();
  return iterator.get();
}

bool is_space(int32_t c) { return c >= 0 && u_isUWhiteSpace(c); }

// Whether text[begin, end) ends with a name's initial: a single capital
// letter and a full stop after a space ("Jane Q."). ICU breaks sentences
// there, because a capital letter follows; in news text it is nearly always a
// middle initial.
bool ends_with_initial(std::string_view text, std::size_t begin, std::size_t end) {
  while (end > begin && (text[end - 1] == ' ' || text[end - 1] == '\t')) --end;
  if (end - begin < 3 || text[end - 1] != '.') return false;
  const char letter = text[end - 2];
  const char before = text[end - 3];
  return letter >= 'A' && letter <= 'Z' && (before == ' ' || before == '.');
}

// Whether a break at `end` falls between a short capitalised abbreviation and
// a number ("Oct. | 12", "No. | 5"): ICU breaks there when the number ends
// the sentence, but a date or a reference number is never two sentences.
bool splits_abbreviation_from_number(std::string_view text, std::size_t begin, std::size_t end) {
  if (end >= text.size() || text[end] < '0' || text[end] > '9') return false;
  std::size_t i = end;
  while (i > begin && (text[i - 1] == ' ' || text[i - 1] == '\t')) --i;
  if (i == end || i - begin < 3 || text[i - 1] != '.') return false;
  std::size_t letters = 0;
  std::size_t j = i - 1;
  while (j > begin && text[j - 1] >= 'a' && text[j - 1] <= 'z') --j, ++letters;
  const bool capital = j > begin && text[j - 1] >= 'A' && text[j - 1] <= 'Z';
  const bool word_start = j - 1 == begin || text[j - 2] == ' ' || text[j - 2] == '(';
  return capital && word_start && letters >= 1 && letters <= 3;
}

Span trim(std::string_view text, Span span) {
  std::size_t length = 0;
  while (span.begin < span.end && is_space(code_point_at(text, span.begin, &length))) span.begin += length;
  std::size_t start = 0;
  while (span.end > span.begin && is_space(code_point_before(text, span.end, &start))) span.end = start;
  return span;
}

// Adds `s`, cut into pieces of at most kLongestSentence bytes, each ending at
// a space when there is one (else at a code point boundary).
void add_sentence(std::string_view text, Span s, std::vector<Span>& sentences) {
  while (s.size() > kLongestSentence) {
    std::size_t cut = s.begin + kLongestSentence;
    while (cut > s.begin && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // not inside a code point
    // The last space in the piece's second half: searched there only, so that
    // a 20 MB "word" with no space is cut in linear time, not quadratic.
    const std::size_t floor = s.begin + kLongestSentence / 2;
    for (std::size_t at = cut; at > floor; --at) {
      const char c = text[at];
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        cut = at;
        break;
      }
    }
    const Span piece = trim(text, {s.begin, cut});
    if (piece.size() > 0) sentences.push_back(piece);
    s = trim(text, {cut, s.end});
  }
  if (s.size() > 0) sentences.push_back(s);
}

}  // namespace

std::vector<Span> split_sentences(std::string_view text, std::size_t begin) {
  std::vector<Span> sentences;
  if (begin >= text.size()) return sentences;
  icu::BreakIterator* it = sentence_iterator();
  if (it == nullptr) {  // no ICU data: one sentence per line is still useful
    std::size_t start = begin;
    for (std::size_t i = begin; i <= text.size(); ++i) {
      if (i == text.size() || text[i] == '\n' || text[i] == '\r') {
        add_sentence(text, trim(text, {start, i}), sentences);
        start = i + 1;
      }
    }
    return sentences;
  }
  UErrorCode status = U_ZERO_ERROR;
  UText* ut = utext_openUTF8(nullptr, text.data() + begin, static_cast<int64_t>(text.size() - begin), &status);
  if (U_FAILURE(status)) return {trim(text, {begin, text.size()})};
  it->setText(ut, status);
  std::size_t start = begin + static_cast<std::size_t>(it->first());
  for (int32_t next = it->next(); next != icu::BreakIterator::DONE; next = it->next()) {
    const std::size_t end = begin + static_cast<std::size_t>(next);
    if (end < text.size() && ends_with_initial(text, start, end)) continue;  // "Jane Q. | Public": keep going
    if (splits_abbreviation_from_number(text, start, end)) continue;        // "Oct. | 12": keep going
    add_sentence(text, trim(text, {start, end}), sentences);
    start = end;
  }
  utext_close(ut);
  return sentences;
}

}  // namespace factlint::detail

// The HTML review page: self-contained, every piece of untrusted text
// escaped, the matrix, the findings side by side, and number lines drawn for
// quantities. (tests/browser loads a real page in Chromium.)
#include <catch2/catch.hpp>

#include <sstream>

#include "factlint/reporter.hpp"
#include "unit/report/sample_report.hpp"

using namespace factlint;

namespace {

std::string html(const Report& report) {
  std::ostringstream out;
  make_reporter("html", {})->write(report, out);
  return out.str();
}

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

// The sample with the consensus that makes a matrix, and two counts to draw.
Report with_consensus() {
  Report report = testing::sample();
  StoryReport& story = report.stories[0];
  story.sources = {{"one", 0.9, 1, {}, {}}, {"two", 0.4, 1, {"00112233aabbccdd"}, {}}};
  Consensus c;
  c.slot = "resigned_ceo";
  c.value = "Jane Doe";
  c.sources = {"one"};
  c.stances = {{"one", "Jane Doe", {"one/resigned_ceo@4"}, true}, {"two", "John Roe", {"two/resigned_ceo@4"}, false}};
  story.consensus = {c};
  story.findings[0].sides[1].outlier = true;
  Claim count = story.claims[0];
  count.id = "one/affected@40";
  count.slot = "affected";
  count.value = "nearly 34 million";
  count.typed = Quantity{{30.6e6, 34e6}, 34e6, "people", "below", ""};
  Claim other = count;
  other.id = "two/affected@40";
  other.source = "two";
  other.value = "33.7 million";
  other.typed = Quantity{{33.65e6, 33.75e6}, 33.7e6, "people", "", ""};
  story.claims.push_back(count);
  story.claims.push_back(other);
  Consensus counts;
  counts.slot = "affected";
  counts.value = "nearly 34 million";
  counts.sources = {"one", "two"};
  counts.stances = {{"one", "nearly 34 million", {"one/affected@40"}, true}, {"two", "33.7 million", {"two/affected@40"}, true}};
  story.consensus.push_back(counts);
  return report;
}

}  // namespace

TEST_CASE("HTML: one self-contained page with the matrix, the sides and the pictures") {
  const std::string page = html(with_consensus());
  CHECK(page.rfind("<!DOCTYPE html>", 0) == 0);
  CHECK(page.find("Content-Security-Policy") != std::string::npos);
  CHECK(page.find("http://") == std::string::npos);  // nothing fetched: no network at all
  CHECK(page.find("https://") == std::string::npos);
  CHECK(page.find("src=") == std::string::npos);
  // The matrix: a row per source, a column per fact, coloured by stance.
  CHECK(page.find("<table class=\"matrix\">") != std::string::npos);
  CHECK(page.find("<td class=\"agree\" title=\"agree\">Jane Doe</td>") != std::string::npos);
  CHECK(page.find("<td class=\"outlier\" title=\"outlier\">John Roe</td>") != std::string::npos);
  // The finding, its two sides, the outlier marked, the quote highlighted and linked.
  CHECK(page.find("<article class=\"finding error\" id=\"finding-00112233aabbccdd\"") != std::string::npos);
  CHECK(page.find("<div class=\"side outlier\"><div class=\"value\">John Roe</div>") != std::string::npos);
  CHECK(page.find("The <mark>CEO John Roe resigned</mark>.") != std::string::npos);
  CHECK(page.find("href=\"s/two.txt\"><code>s/two.txt:1:5</code></a>") != std::string::npos);
  // A number line for the counts (no finding): one bar per claim.
  CHECK(page.find("Numbers and dates without findings") != std::string::npos);
  CHECK(count(page, "<rect ") == 2);
  CHECK(page.find("one: nearly 34 million") != std::string::npos);
  // Consensus and trust.
  CHECK(page.find("<table class=\"sortable consensus\">") != std::string::npos);
  CHECK(page.find("<td>0.400</td>") != std::string::npos);
  CHECK(page.find("The Daily &lt;Planet&gt;") != std::string::npos);  // the outlet, escaped
}

TEST_CASE("HTML: article text, titles, outlets and file names render as inert text") {
  Report report = with_consensus();
  StoryReport& story = report.stories[0];
  const std::string attack =
      "<script>document.body.dataset.pwned=1</script><img src=x onerror=\"alert(1)\"></style><a href=\"javascript:alert(1)\">x</a>'";
  story.title = attack;
  story.id = attack;
  story.subject = attack;
  story.documents[1].outlet = attack;
  story.documents[0].error = attack;
  Finding& f = story.findings[0];
  f.message = attack;
  f.sides[0].value = attack;
  f.sides[0].evidence[0].sentence = attack + " CEO Jane Doe resigned.";
  f.sides[0].evidence[0].path = "s/" + attack + ".txt";
  f.kind = attack;
  story.consensus[0].value = attack;
  const std::string page = html(report);
  CHECK(count(page, "<script") == 1);   // only the page's own script
  CHECK(count(page, "</style>") == 1);  // only the end of the page's own style sheet
  CHECK(page.find("<img") == std::string::npos);
  CHECK(page.find("<a href=\"javascript") == std::string::npos);
  CHECK(page.find("href=\"javascript") == std::string::npos);
  CHECK(page.find("onerror=\"") == std::string::npos);
  CHECK(page.find("&lt;script&gt;document.body.dataset.pwned=1&lt;/script&gt;") != std::string::npos);
  // A path becomes a relative link with ':' encoded: it can never carry a scheme.
  CHECK(page.find("href=\"s/%3Cscript%3Edocument.body.dataset.pwned%3D1%3C/script%3E") != std::string::npos);
}

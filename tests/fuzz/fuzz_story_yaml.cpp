// libFuzzer target: story.yaml. Any text is a StoryMeta or Diagnostics that
// name a place in the file. Seeds: every story.yaml of corpus/ and tests/.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "factlint/story.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  factlint::Result<factlint::StoryMeta> meta = factlint::parse_story_yaml("story.yaml", text);
  if (!meta)
    for (const factlint::Diagnostic& d : meta.errors())
      if (d.file != "story.yaml" || d.message.empty()) std::abort();
  return 0;
}

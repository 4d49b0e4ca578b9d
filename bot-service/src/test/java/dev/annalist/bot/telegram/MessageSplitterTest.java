package dev.annalist.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Splitting under Telegram's limit and escaping for its HTML parse mode. */
class MessageSplitterTest {
    @Test
    void escapesTheFourCharactersTelegramHtmlKnows() {
        assertThat(Html.escape("<script>\"Tom & Jerry\"</script>")).isEqualTo("&lt;script&gt;&quot;Tom &amp; Jerry&quot;&lt;/script&gt;");
        assertThat(Html.escape(null)).isEmpty();
        assertThat(Html.bold("a<b")).isEqualTo("<b>a&lt;b</b>");
    }

    @Test
    void leavesAShortMessageWhole() {
        assertThat(new MessageSplitter().split("<b>30 December</b>")).containsExactly("<b>30 December</b>");
    }

    @Test
    void splitsAtLineThenSentenceBoundariesUnderTheLimit() {
        String line = "Kaluga was liberated on 30 December. The 49th Army took Detchino on 9 January.";
        String text = String.join("\n", java.util.Collections.nCopies(200, line));
        List<String> parts = new MessageSplitter().split(text);
        assertThat(parts).hasSizeGreaterThan(1);
        assertThat(parts).allSatisfy(p -> {
            assertThat(p.length()).isLessThanOrEqualTo(MessageSplitter.TELEGRAM_LIMIT);
            assertThat(p).startsWith("Kaluga").endsWith("January.");
        });
        assertThat(String.join("\n", parts)).isEqualTo(text);
    }

    @Test
    void cutsAtASentenceWhenALineIsTooLong() {
        String text = "One sentence here. ".repeat(40).strip();
        List<String> parts = new MessageSplitter(100).split(text);
        assertThat(parts).allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(100)).allSatisfy(p -> assertThat(p).endsWith("."));
    }

    @Test
    void neverCutsInsideATagOrAnEntityAndKeepsEachPartValid() {
        String text = "<b>" + "Tom &amp; Jerry &lt;3 ".repeat(30) + "</b> <i>end</i>";
        List<String> parts = new MessageSplitter(100).split(text);
        assertThat(parts).hasSizeGreaterThan(3);
        for (String p : parts) {
            assertThat(p.length()).isLessThanOrEqualTo(100);
            assertThat(MessageSplitter.openTags(p)).as(p).isEmpty(); // every tag closed within its part
            assertThat(p.replaceAll("&(amp|lt|gt|quot);", "")).as(p).doesNotContain("&");
            assertThat(p.replaceAll("</?[bi]>", "")).as(p).doesNotContain("<").doesNotContain(">");
        }
        assertThat(parts.get(1)).startsWith("<b>");
    }

    @Test
    void cutsAWordLongerThanTheLimitWithoutSplittingASurrogatePair() {
        String text = "😀".repeat(100);
        List<String> parts = new MessageSplitter(64).split(text);
        assertThat(parts).allSatisfy(p -> {
            assertThat(p.length()).isLessThanOrEqualTo(64);
            assertThat(Character.isLowSurrogate(p.charAt(0))).isFalse();
        });
        assertThat(String.join("", parts)).isEqualTo(text);
    }
}

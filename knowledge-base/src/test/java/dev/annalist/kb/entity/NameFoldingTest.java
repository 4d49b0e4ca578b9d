package dev.annalist.kb.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Spellings of one name meet under folding. */
class NameFoldingTest {
    @Test
    void diacriticsMojibakeAndPlainSpellingMeet() {
        assertThat(NameFolding.keys("GŁnther von Kluge")).contains(NameFolding.key("Gunther von Kluge"));
        assertThat(NameFolding.key("Günther von Kluge")).isEqualTo(NameFolding.key("Gunther von Kluge"));
    }

    @Test
    void transliterationVariantsMeet() {
        assertThat(NameFolding.key("Belyov")).isEqualTo(NameFolding.key("Belev"));
        assertThat(NameFolding.key("Aleksin")).isEqualTo(NameFolding.key("Alexin"));
        assertThat(NameFolding.key("Boldin’s")).isEqualTo(NameFolding.key("Boldin"));
    }

    @Test
    void differentNamesStayApart() {
        assertThat(NameFolding.key("Kaluga")).isNotEqualTo(NameFolding.key("Tula"));
        assertThat(NameFolding.key("49th Army")).isNotEqualTo(NameFolding.key("50th Army"));
    }
}

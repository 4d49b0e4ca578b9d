package dev.annalist.kb.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EntityLexiconTest {
    @Test
    void compassAdjectivesReadAsTheCompassPoint() {
        assertThat(EntityLexicon.compassWords("the Western Front")).isEqualTo("the West Front");
        assertThat(EntityLexicon.compassWords("Southern Group of Forces")).isEqualTo("South Group of Forces");
        assertThat(EntityLexicon.compassWords("Westerplatte")).isEqualTo("Westerplatte");
    }
}

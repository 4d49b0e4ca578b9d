package dev.annalist.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annalist.kb.ingest.AccountLoader;
import dev.annalist.kb.pipeline.AccountAnalyzer;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The reference set is usable for measuring: well-formed, grounded in the account, and covering all of it. */
class ReferenceSetTest {
    @Test
    void meetsTheSizeAndCategoryMinimums() throws Exception {
        ReferenceSet set = ReferenceSet.bundled();
        assertThat(set.items()).hasSizeGreaterThanOrEqualTo(150);
        assertThat(set.count("unanswerable")).isGreaterThanOrEqualTo(20);
        assertThat(set.count("follow-up")).isGreaterThanOrEqualTo(15);
        assertThat(set.count("paraphrase")).isGreaterThanOrEqualTo(15);
        assertThat(set.items().stream().map(ReferenceItem::id).distinct().count()).isEqualTo(set.items().size());
        assertThat(set.items()).filteredOn(i -> i.category().equals("follow-up")).allMatch(i -> !i.history().isEmpty());
    }

    @Test
    void everyAnswerIsTheAccountsOwnWordsInItsEvidenceSentence() throws Exception {
        String account = AccountLoader.bundled().original();
        for (ReferenceItem item : ReferenceSet.bundled().items()) {
            if (item.answerable()) {
                assertThat(account).as(item.id()).contains(item.evidence());
                assertThat(item.evidence()).as(item.id()).contains(item.answers().get(0));
            } else {
                assertThat(item.answers()).as(item.id()).isEmpty();
            }
        }
    }

    @Test
    void everySentenceOfTheAccountIsTheEvidenceOfSomeQuestion() throws Exception {
        var account = AccountAnalyzer.standard().analyze(AccountLoader.bundled());
        Set<String> evidence = new HashSet<>();
        ReferenceSet.bundled().items().forEach(i -> evidence.add(i.evidence().replaceAll("\\s+", " ").strip()));
        for (var sentence : account.sentences()) {
            assertThat(evidence).as("questions on: " + sentence.displayText()).contains(sentence.displayText());
        }
    }
}

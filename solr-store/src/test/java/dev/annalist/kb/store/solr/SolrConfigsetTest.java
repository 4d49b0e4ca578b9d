package dev.annalist.kb.store.solr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.junit.jupiter.api.Test;

/** The configset and settings parsing, without a cluster. */
class SolrConfigsetTest {
    @Test
    void theConfigsetStopWordsAreTheLuceneStoresStopWords() throws Exception {
        Set<String> words;
        try (var in = new BufferedReader(new InputStreamReader(SolrCollectionSetup.resource("stopwords.txt"), StandardCharsets.UTF_8))) {
            words = in.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(Collectors.toSet());
        }
        Set<String> lucene = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.stream().map(w -> new String((char[]) w)).collect(Collectors.toSet());
        assertThat(words).isEqualTo(lucene);
    }

    @Test
    void zooKeeperHostsSplitIntoHostsAndChroot() {
        assertThat(SolrClients.ZkAddress.parse("zk1:2181, zk2:2181/solr"))
                .isEqualTo(new SolrClients.ZkAddress(List.of("zk1:2181", "zk2:2181"), Optional.of("/solr")));
        assertThat(SolrClients.ZkAddress.parse("localhost:9983"))
                .isEqualTo(new SolrClients.ZkAddress(List.of("localhost:9983"), Optional.empty()));
    }

    @Test
    void questionsAreWordsNeverQuerySyntax() {
        assertThat(SolrQueries.words("Who commanded the 50th Army? AND -NOT (x:y)"))
                .isEqualTo("Who commanded the 50th Army\\? and \\-NOT \\(x\\:y\\)");
    }
}

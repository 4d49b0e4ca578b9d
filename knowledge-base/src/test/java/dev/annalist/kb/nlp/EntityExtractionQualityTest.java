package dev.annalist.kb.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annalist.kb.GoldAnnotations;
import dev.annalist.kb.ingest.AccountLoader;
import dev.annalist.kb.pipeline.AccountAnalyzer;
import dev.annalist.kb.pipeline.AnalyzedAccount;
import dev.annalist.kb.time.DateMention;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Extraction quality on the bundled account, which no model was trained on, against hand-made gold
 * annotations. Prints precision, recall and F1 per type (recorded in the module README).
 */
class EntityExtractionQualityTest {
    private static GoldAnnotations gold;
    private static AnalyzedAccount account;

    @BeforeAll
    static void analyse() throws Exception {
        gold = GoldAnnotations.load("/gold/kaluga-offensive-operation.gold.txt");
        var bundled = AccountLoader.bundled();
        assertThat(gold.text()).as("gold markup must wrap the verbatim account").isEqualTo(bundled.original());
        account = AccountAnalyzer.standard().analyze(bundled);
    }

    @Test
    void namedEntitiesReachMicroF1OfNinetyPercentByExactSpan() {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        System.out.println("type       precision  recall     F1   (exact span, held-out account)");
        for (EntityType type : List.of(EntityType.PERSON, EntityType.UNIT, EntityType.LOCATION)) {
            Set<Span> expected = new HashSet<>(gold.ofType(type).stream().map(GoldAnnotations.Entry::span).toList());
            Set<Span> found = new HashSet<>(account.mentions().stream().filter(m -> m.type() == type).map(Mention::span).toList());
            int hit = (int) found.stream().filter(expected::contains).count();
            tp += hit;
            fp += found.size() - hit;
            fn += expected.size() - hit;
            System.out.println(row(type.name(), hit, found.size() - hit, expected.size() - hit));
            found.stream().filter(s -> !expected.contains(s)).sorted()
                    .forEach(s -> System.out.println("   false " + type + ": " + s.of(gold.text())));
            expected.stream().filter(s -> !found.contains(s)).sorted()
                    .forEach(s -> System.out.println("   missed " + type + ": " + s.of(gold.text())));
        }
        System.out.println(row("micro", tp, fp, fn));
        assertThat(f1(tp, fp, fn)).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void everyDateIsFoundAndNinetyFivePercentAreNormalisedRight() {
        List<GoldAnnotations.Entry> dates = gold.ofType(EntityType.DATE);
        int found = 0;
        int right = 0;
        for (GoldAnnotations.Entry expected : dates) {
            DateMention actual = account.dates().stream().filter(d -> d.span().overlaps(expected.span())).findFirst().orElse(null);
            if (actual == null) {
                System.out.println("   missed date: " + expected.text());
                continue;
            }
            found++;
            if (actual.iso().equals(expected.iso())) {
                right++;
            } else {
                System.out.println("   wrong date: " + expected.text() + " -> " + actual.iso() + " (gold " + expected.iso() + ")");
            }
        }
        System.out.printf(Locale.ROOT, "dates: %d of %d found, %d normalised right (%.1f%%)%n", found, dates.size(), right,
                100.0 * right / dates.size());
        assertThat(found).isEqualTo(dates.size());
        assertThat((double) right / dates.size()).isGreaterThanOrEqualTo(0.95);
    }

    private static String row(String label, int tp, int fp, int fn) {
        double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        return String.format(Locale.ROOT, "%-10s %8.3f %8.3f %8.3f   (tp %d, fp %d, fn %d)", label, p, r, f1(tp, fp, fn), tp, fp, fn);
    }

    private static double f1(int tp, int fp, int fn) {
        return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
    }
}

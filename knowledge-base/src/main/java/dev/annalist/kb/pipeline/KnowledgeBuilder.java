package dev.annalist.kb.pipeline;

import dev.annalist.kb.entity.EntityCanonicalizer;
import dev.annalist.kb.entity.EntityCatalog;
import dev.annalist.kb.facts.DatedEvent;
import dev.annalist.kb.facts.EventExtractor;
import dev.annalist.kb.facts.Relation;
import dev.annalist.kb.facts.RelationExtractor;
import dev.annalist.kb.ingest.SourceDocument;
import dev.annalist.kb.nlp.Mention;
import dev.annalist.kb.nlp.Sentence;
import dev.annalist.kb.store.AccountRecord;
import dev.annalist.kb.store.Knowledge;
import dev.annalist.kb.store.SentenceRecord;
import dev.annalist.kb.store.TypedSpan;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/** Analyses accounts and ties the results into {@link Knowledge}: canonical entities, events, relations. */
public final class KnowledgeBuilder {
    private final AccountAnalyzer analyzer;
    private final EntityCanonicalizer canonicalizer = new EntityCanonicalizer();
    private final EventExtractor events = new EventExtractor();
    private final RelationExtractor relations = new RelationExtractor();

    public KnowledgeBuilder(AccountAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    public Knowledge build(List<SourceDocument> documents, PrintStream progress) {
        // Accounts are independent until they are tied together, so both cores analyse them.
        AtomicInteger done = new AtomicInteger();
        int step = Math.max(1, documents.size() / 20);
        List<AnalyzedAccount> accounts = documents.parallelStream().map(document -> {
            AnalyzedAccount account = analyzer.analyze(document);
            int n = done.incrementAndGet();
            if (progress != null && documents.size() >= 20 && n % step == 0) {
                progress.printf("analysed %d/%d accounts%n", n, documents.size());
            }
            return account;
        }).toList();
        return tie(accounts);
    }

    public Knowledge tie(List<AnalyzedAccount> accounts) {
        EntityCatalog catalog = canonicalizer.canonicalize(accounts);
        List<DatedEvent> allEvents = new ArrayList<>();
        List<Relation> allRelations = new ArrayList<>();
        List<SentenceRecord> sentences = new ArrayList<>();
        List<AccountRecord> records = new ArrayList<>();
        for (AnalyzedAccount account : accounts) {
            allEvents.addAll(events.extract(account, catalog));
            allRelations.addAll(relations.extract(account, catalog));
            List<List<Mention>> mentions = account.mentionsBySentence();
            var dates = account.datesBySentence();
            var distances = account.distancesBySentence();
            for (Sentence sentence : account.sentences()) {
                Set<String> ids = new LinkedHashSet<>();
                List<TypedSpan> spans = new ArrayList<>();
                for (Mention m : mentions.get(sentence.index())) {
                    String id = catalog.entityIdAt(account.source(), m.span().start()).orElse(null);
                    if (id != null) {
                        ids.add(id);
                    }
                    spans.add(new TypedSpan(m.type(), m.span(), m.text(), id));
                }
                sentences.add(new SentenceRecord(account.source() + "#" + sentence.index(), account.source(),
                        sentence.index(), sentence.paragraph(), sentence.span(), sentence.displayText(), List.copyOf(ids),
                        dates.get(sentence.index()), distances.get(sentence.index()), spans));
            }
            records.add(new AccountRecord(account.source(), account.document().clean(), account.sentences().size()));
        }
        return new Knowledge(records, sentences, catalog.entities(), allEvents, allRelations.stream().distinct().toList());
    }
}

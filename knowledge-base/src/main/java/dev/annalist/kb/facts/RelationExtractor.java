package dev.annalist.kb.facts;

import dev.annalist.kb.entity.EntityCatalog;
import dev.annalist.kb.nlp.EntityType;
import dev.annalist.kb.nlp.Mention;
import dev.annalist.kb.nlp.Sentence;
import dev.annalist.kb.nlp.Token;
import dev.annalist.kb.pipeline.AnalyzedAccount;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Relations the text states in fixed shapes: "PERSON's [left-flank] UNIT" (commands), "UNIT of [the] [PERSON's]
 * UNIT" and lists of units before such an "of" (part of), and "the UNIT's deputy commander, RANK
 * PERSON" (deputy commander of the nearest preceding formation).
 */
public final class RelationExtractor {
    private static final Set<String> POSSESSIVE = Set.of("’s", "'s");

    public List<Relation> extract(AnalyzedAccount account, EntityCatalog catalog) {
        List<Relation> relations = new ArrayList<>();
        List<List<Mention>> bySentence = account.mentionsBySentence();
        for (Sentence sentence : account.sentences()) {
            List<Mention> named = bySentence.get(sentence.index()).stream()
                    .filter(m -> m.type() == EntityType.PERSON || m.type() == EntityType.UNIT)
                    .toList();
            commands(account, catalog, sentence, named, relations);
            partOf(account, catalog, sentence, named, relations);
        }
        deputies(account, catalog, bySentence, relations);
        return relations.stream().distinct().toList();
    }

    private static void commands(AnalyzedAccount account, EntityCatalog catalog, Sentence sentence, List<Mention> named,
                                 List<Relation> out) {
        for (int i = 0; i + 1 < named.size(); i++) {
            Mention person = named.get(i);
            Mention unit = named.get(i + 1);
            if (person.type() == EntityType.PERSON && unit.type() == EntityType.UNIT
                    && person.toToken() < sentence.tokens().size()
                    && POSSESSIVE.contains(sentence.tokens().get(person.toToken()).text())
                    && onlyModifiers(sentence.tokens(), person.toToken() + 1, unit.fromToken())) {
                relation(account, catalog, person, Relation.Type.COMMANDS, unit, sentence, out);
            }
        }
    }

    private static void partOf(AnalyzedAccount account, EntityCatalog catalog, Sentence sentence, List<Mention> named,
                               List<Relation> out) {
        List<Token> tokens = sentence.tokens();
        List<Mention> units = named.stream().filter(m -> m.type() == EntityType.UNIT).toList();
        for (int i = 0; i + 1 < units.size(); i++) {
            Mention part = units.get(i);
            int at = part.toToken();
            if (at >= tokens.size() || !tokens.get(at).text().equals("of")) {
                continue;
            }
            Mention whole = units.get(i + 1);
            if (!onlyArticleOrCommander(tokens, named, at + 1, whole.fromToken())) {
                continue;
            }
            relation(account, catalog, part, Relation.Type.PART_OF, whole, sentence, out);
            // Units listed before this one ("A, B and C of D") belong to D too.
            for (int j = i - 1; j >= 0; j--) {
                if (!onlyListGlue(tokens, named, units.get(j).toToken(), units.get(j + 1).fromToken())) {
                    break;
                }
                relation(account, catalog, units.get(j), Relation.Type.PART_OF, whole, sentence, out);
            }
        }
    }

    /** "Weikersthal's left-flank LIII Corps": up to three lower-case words or hyphens before the unit. */
    private static boolean onlyModifiers(List<Token> tokens, int from, int to) {
        if (to - from > 4) {
            return false;
        }
        for (int t = from; t < to; t++) {
            String word = tokens.get(t).text();
            if (!word.equals("-") && !word.chars().allMatch(c -> Character.isLowerCase(c) || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /** Between "of" and the whole: nothing, "the", or a commander ("General X's"). */
    private static boolean onlyArticleOrCommander(List<Token> tokens, List<Mention> named, int from, int to) {
        for (int t = from; t < to; t++) {
            String word = tokens.get(t).text();
            if (!word.equalsIgnoreCase("the") && !POSSESSIVE.contains(word) && !insidePerson(named, t)
                    && !isRankLike(tokens.get(t))) {
                return false;
            }
        }
        return true;
    }

    /** Between two listed units: commas, "and", commanders with their ranks and possessives. */
    private static boolean onlyListGlue(List<Token> tokens, List<Mention> named, int from, int to) {
        for (int t = from; t < to; t++) {
            String word = tokens.get(t).text();
            if (!word.equals(",") && !word.equals("and") && !word.equalsIgnoreCase("the") && !POSSESSIVE.contains(word)
                    && !insidePerson(named, t) && !isRankLike(tokens.get(t))) {
                return false;
            }
        }
        return true;
    }

    private static boolean insidePerson(List<Mention> named, int token) {
        return named.stream().anyMatch(m -> m.type() == EntityType.PERSON && m.fromToken() <= token && token < m.toToken());
    }

    private static boolean isRankLike(Token token) {
        return token.isCapitalised() && !token.pos().equals("VERB");
    }

    /** "the army's deputy commander, General Major X": X is deputy commander of the last army named. */
    private static void deputies(AnalyzedAccount account, EntityCatalog catalog, List<List<Mention>> bySentence,
                                 List<Relation> out) {
        for (Mention rank : account.ranks()) {
            List<Token> tokens = account.sentences().get(rank.sentence()).tokens();
            int comma = rank.fromToken() - 1;
            if (comma < 2 || !tokens.get(comma).text().equals(",")
                    || !tokens.get(comma - 1).text().equalsIgnoreCase("commander")
                    || !tokens.get(comma - 2).text().equalsIgnoreCase("deputy")) {
                continue;
            }
            Optional<Mention> person = bySentence.get(rank.sentence()).stream()
                    .filter(m -> m.fromToken() == rank.toToken() && m.type() == EntityType.PERSON)
                    .findFirst();
            Optional<Mention> unit = lastUnitBefore(bySentence, rank.sentence(), comma);
            if (person.isPresent() && unit.isPresent()) {
                relation(account, catalog, person.get(), Relation.Type.DEPUTY_COMMANDER_OF, unit.get(),
                        account.sentences().get(rank.sentence()), out);
            }
        }
    }

    /** The last formation named before token {@code beforeToken} of sentence {@code sentence}. */
    private static Optional<Mention> lastUnitBefore(List<List<Mention>> bySentence, int sentence, int beforeToken) {
        for (int s = sentence; s >= 0; s--) {
            List<Mention> mentions = bySentence.get(s);
            for (int i = mentions.size() - 1; i >= 0; i--) {
                Mention m = mentions.get(i);
                if (m.type() == EntityType.UNIT && (s < sentence || m.toToken() <= beforeToken)) {
                    return Optional.of(m);
                }
            }
        }
        return Optional.empty();
    }

    private static void relation(AnalyzedAccount account, EntityCatalog catalog, Mention subject, Relation.Type type,
                                 Mention object, Sentence sentence, List<Relation> out) {
        var s = catalog.entityIdAt(account.source(), subject.span().start());
        var o = catalog.entityIdAt(account.source(), object.span().start());
        if (s.isPresent() && o.isPresent() && !s.get().equals(o.get())) {
            out.add(new Relation(s.get(), type, o.get(), account.source(), sentence.index()));
        }
    }
}

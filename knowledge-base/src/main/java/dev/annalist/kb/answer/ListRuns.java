package dev.annalist.kb.answer;

import dev.annalist.kb.nlp.EntityType;
import dev.annalist.kb.store.SentenceRecord;
import dev.annalist.kb.store.TypedSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lists in one sentence: runs of names of the asked type joined by commas and "and" ("Kaluga,
 * Belyov and Kozelsk"). A run goes on across a commander named before an item ("49th Army, General
 * X's 50th Army"; the answer then lists the names alone), across "units of" ("the 137th Division and
 * units of the 20th Panzerdivision"), and, for formations, across items that are no names but say
 * what they are ("two batteries of a mortar battalion, one flamethrower company"). A name the
 * question itself gives stays in its run ("which towns, Likhvin and?"), but is no list alone, and
 * is left out when the question excludes it ("which towns besides Kaluga").
 */
final class ListRuns {
    private static final String GLUE = "\\s*(?:,|,?\\s+and|,?\\s+or)\\s*";
    private static final Pattern PLAIN = Pattern.compile(GLUE + "(?:(?:units|elements|parts|remnants) of\\s+)?(?:the\\s+)?");
    private static final Pattern ITEM = Pattern.compile(
            "^" + GLUE + "((?:(?!\\s+and\\s)[^,;:()])+?)(?=\\s*,|\\s+and\\s|\\s+or\\s|\\s*[;:()]|\\s*\\.?\\s*$)");
    private static final Pattern UNIT_WORD = Pattern.compile("(?i)\\b(battalions?|batter(?:y|ies)|compan(?:y|ies)|regiments?"
            + "|brigades?|divisions?|squadrons?|detachments?|units|formations|elements|troops)\\b");
    private static final int MAX_ITEM = 60;
    /** "Which towns besides X", "apart from the tank divisions": what the question sets aside is group 1. */
    static final Pattern EXCLUDING = Pattern.compile(
            "(?i)\\b(?:apart from|aside from|besides|except(?: for)?|other than)\\s+([^,?]+)");

    private enum Gap { NONE, PLAIN, WITHOUT_COMMANDERS, UNNAMED_ITEMS }

    List<Candidate> find(QuestionAnalysis q, SentenceRecord s, AnswerContext ctx) {
        EntityType type = q.type().entityType();
        // "which towns besides X": X is no item at all
        boolean excluded = excludes(q);
        List<TypedSpan> names = s.spans().stream().filter(t -> t.type() == type)
                .filter(t -> !excluded || t.entityId() == null || !q.entityIds().contains(t.entityId())).toList();
        List<TypedSpan> people = s.spans().stream().filter(t -> t.type() == EntityType.PERSON).toList();
        List<Candidate> out = new ArrayList<>();
        int i = 0;
        while (i < names.size()) {
            int j = i;
            boolean commanders = false;
            boolean unnamed = false;
            while (j + 1 < names.size()) {
                int gapFrom = names.get(j).span().end();
                int gapTo = names.get(j + 1).span().start();
                if (gapTo < gapFrom) {
                    break; // overlapping names: no gap to read
                }
                Gap gap = gap(ctx.words(s.source(), gapFrom, gapTo), people, type == EntityType.UNIT);
                if (gap == Gap.NONE) {
                    break;
                }
                commanders |= gap == Gap.WITHOUT_COMMANDERS;
                unnamed |= gap == Gap.UNNAMED_ITEMS;
                j++;
            }
            List<TypedSpan> run = names.subList(i, j + 1);
            i = j + 1;
            if (run.stream().allMatch(t -> t.entityId() != null && q.entityIds().contains(t.entityId()))) {
                continue;
            }
            int start = run.get(0).span().start();
            int end = run.get(run.size() - 1).span().end();
            if (type == EntityType.UNIT) {
                int tail = unnamedItemsEnd(ctx.words(s.source(), end, s.span().end()));
                unnamed |= tail > 0;
                end += tail;
            }
            List<String> ids = run.stream().map(TypedSpan::entityId).filter(id -> id != null).toList();
            String text = commanders && !unnamed ? join(run.stream().map(TypedSpan::text).toList()) : ctx.words(s.source(), start, end);
            out.add(new Candidate(text, null, s, start, end, ids));
        }
        return out;
    }

    /** "Which towns besides X": the question takes some items away, so what is left may be one name. */
    static boolean excludes(QuestionAnalysis q) {
        return EXCLUDING.matcher(q.text()).find();
    }

    /** How two names of a run are joined, if they are. */
    private static Gap gap(String gap, List<TypedSpan> people, boolean formations) {
        if (PLAIN.matcher(gap).matches()) {
            return Gap.PLAIN;
        }
        if (PLAIN.matcher(withoutCommanders(gap, people)).matches()) {
            return Gap.WITHOUT_COMMANDERS;
        }
        if (formations) {
            int end = unnamedItemsEnd(gap);
            if (end > 0 && PLAIN.matcher(gap.substring(end)).matches()) {
                return Gap.UNNAMED_ITEMS;
            }
        }
        return Gap.NONE;
    }

    /** Where the items of formations that follow ("..., one flamethrower company and some other units") end; 0 when none do. */
    private static int unnamedItemsEnd(String text) {
        int at = 0;
        while (true) {
            Matcher item = ITEM.matcher(text.substring(at));
            if (!item.find() || item.group(1).length() > MAX_ITEM || !UNIT_WORD.matcher(item.group(1)).find()) {
                return at;
            }
            at += item.end();
        }
    }

    /** The gap with commanders ("General Leytenant Ivan V. Boldin’s") taken out. */
    private static String withoutCommanders(String gap, List<TypedSpan> people) {
        String rest = gap;
        for (TypedSpan p : people) {
            rest = rest.replace(p.text() + "’s", " ").replace(p.text() + "'s", " ");
        }
        return rest.replaceAll("(\\s+\\p{Lu}[\\p{L}-]*)+\\s+$", " ").replaceAll("\\s+", " ");
    }

    private static String join(List<String> names) {
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}

package dev.annalist.kb.entity;

import dev.annalist.kb.nlp.EntityType;
import dev.annalist.kb.nlp.Mention;
import dev.annalist.kb.nlp.Sentence;
import dev.annalist.kb.nlp.Token;
import dev.annalist.kb.pipeline.AnalyzedAccount;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Groups mentions into one entity per real thing: same folded key ("Oryol", "Orel"), or a person's
 * surname or "von" form ("Konev", "von Manstein"), or a place's shorter form ("Velikiye Luki" for
 * "St Velikiye Luki"). Longer names are seen first so they become the canonical name.
 */
public final class EntityCanonicalizer {
    private static final Pattern ROLE = Pattern.compile(
            "(?i)(deputy commander|commander-in-chief|commander|chief of staff|commissar|chief of operations|deputy)$");

    private static final class Draft {
        final EntityType type;
        final List<String> nameTokens;
        final String name;
        final Set<String> keys = new HashSet<>();
        final Set<String> aliases = new LinkedHashSet<>();
        final List<EntityMention> mentions = new ArrayList<>();
        String rank;
        String role;

        Draft(EntityType type, List<String> nameTokens, String name) {
            this.type = type;
            this.nameTokens = nameTokens;
            this.name = name;
        }

        String name() {
            return name;
        }
    }

    public EntityCatalog canonicalize(List<AnalyzedAccount> accounts) {
        record Item(AnalyzedAccount account, Mention mention, List<String> tokens) {}
        List<Item> items = new ArrayList<>();
        Map<String, Mention> rankBefore = new HashMap<>();
        for (AnalyzedAccount account : accounts) {
            account.ranks().forEach(r -> rankBefore.put(rankKey(account, r.sentence(), r.toToken()), r));
            for (Mention m : account.mentions()) {
                if (m.type().isNamed()) {
                    List<String> tokens = account.sentences().get(m.sentence()).tokens()
                            .subList(m.fromToken(), m.toToken()).stream().map(Token::text).toList();
                    items.add(new Item(account, m, tokens));
                }
            }
        }
        items.sort(Comparator.comparingInt((Item i) -> -i.tokens().size()));
        List<Draft> drafts = new ArrayList<>();
        Map<String, List<Draft>> byLastWord = new HashMap<>();
        Map<String, Draft> byKey = new HashMap<>();
        Map<String, Draft> draftOfMention = new HashMap<>();
        for (Item item : items) {
            Mention m = item.mention();
            Set<String> keys = keysOf(m.type(), item.tokens());
            Draft draft = keys.stream().map(k -> byKey.get(m.type() + ":" + k)).filter(d -> d != null).findFirst()
                    .orElseGet(() -> partialMatch(byLastWord, m.type(), item.tokens()));
            if (draft == null) {
                draft = new Draft(m.type(), item.tokens(), m.text().replaceAll("\\s+", " "));
                drafts.add(draft);
                for (String key : NameFolding.keys(item.tokens().get(item.tokens().size() - 1))) {
                    byLastWord.computeIfAbsent(m.type() + ":" + key, k -> new ArrayList<>()).add(draft);
                }
            }
            for (String key : keys) {
                byKey.putIfAbsent(m.type() + ":" + key, draft);
            }
            draft.keys.addAll(keys);
            Sentence sentence = item.account().sentences().get(m.sentence());
            draft.aliases.add(m.text());
            if (m.toToken() < sentence.tokens().size() && sentence.tokens().get(m.toToken()).text().matches("['’]s")) {
                draft.aliases.add(m.text() + sentence.tokens().get(m.toToken()).text());
            }
            draft.mentions.add(new EntityMention(item.account().source(), m.sentence(), m.span(), m.text()));
            draftOfMention.put(EntityCatalog.mentionKey(item.account().source(), m.span().start()), draft);
            if (m.type() == EntityType.PERSON) {
                Mention rank = rankBefore.get(rankKey(item.account(), m.sentence(), m.fromToken()));
                if (rank != null) {
                    describePerson(draft, item.account(), m, rank);
                }
            }
        }
        return build(drafts, draftOfMention);
    }

    private static Set<String> keysOf(EntityType type, List<String> tokens) {
        List<String> core = new ArrayList<>(tokens);
        if (type == EntityType.LOCATION) {
            while (core.size() > 1 && Character.isLowerCase(core.get(core.size() - 1).charAt(0))) {
                core.remove(core.size() - 1); // "Oka river" is the Oka
            }
        }
        return NameFolding.keys(String.join(" ", core));
    }

    /** A person named by the end of a known full name, or a place by a known name's end. */
    private static Draft partialMatch(Map<String, List<Draft>> byLastWord, EntityType type, List<String> tokens) {
        if (type != EntityType.PERSON && type != EntityType.LOCATION) {
            return null;
        }
        Set<Draft> candidates = new LinkedHashSet<>();
        for (String key : NameFolding.keys(tokens.get(tokens.size() - 1))) {
            candidates.addAll(byLastWord.getOrDefault(type + ":" + key, List.of()));
        }
        Draft found = null;
        for (Draft draft : candidates) {
            if (draft.type == type && draft.nameTokens.size() > tokens.size() && endsWith(draft.nameTokens, tokens)) {
                if (found != null && found != draft) {
                    return null; // ambiguous: two people share this surname
                }
                found = draft;
            }
        }
        return found;
    }

    private static boolean endsWith(List<String> name, List<String> tail) {
        int offset = name.size() - tail.size();
        for (int i = 0; i < tail.size(); i++) {
            Set<String> a = NameFolding.keys(name.get(offset + i));
            if (a.stream().noneMatch(NameFolding.keys(tail.get(i))::contains)) {
                return false;
            }
        }
        return true;
    }

    private static String rankKey(AnalyzedAccount account, int sentence, int token) {
        return account.source() + "#" + sentence + ":" + token;
    }

    /** The rank right before a person's name, and a role phrase before that rank ("deputy commander, General X"). */
    private static void describePerson(Draft draft, AnalyzedAccount account, Mention m, Mention rank) {
        if (draft.rank == null) {
            draft.rank = rank.text();
        }
        List<Token> tokens = account.sentences().get(m.sentence()).tokens();
        int before = rank.fromToken() - 1;
        if (draft.role == null && before > 0 && tokens.get(before).text().equals(",")) {
            String phrase = String.join(" ", tokens.subList(Math.max(0, before - 3), before).stream().map(Token::text).toList());
            var role = ROLE.matcher(phrase);
            if (role.find()) {
                draft.role = role.group(1).toLowerCase();
            }
        }
    }

    private static EntityCatalog build(List<Draft> drafts, Map<String, Draft> draftOfMention) {
        Map<Draft, String> ids = new HashMap<>();
        Set<String> used = new HashSet<>();
        List<Entity> entities = new ArrayList<>();
        for (Draft draft : drafts) {
            String base = draft.type.name().toLowerCase() + "/" + NameFolding.fold(draft.name()).replace(' ', '-');
            String id = base;
            for (int n = 2; !used.add(id); n++) {
                id = base + "-" + n;
            }
            ids.put(draft, id);
            draft.mentions.sort(Comparator.comparing(EntityMention::source).thenComparing(EntityMention::span));
            List<String> aliases = new ArrayList<>(draft.aliases);
            entities.add(new Entity(id, draft.type, draft.name(), aliases, draft.rank, draft.role, draft.mentions));
        }
        entities.sort(Comparator.comparing(Entity::type).thenComparing(Entity::name));
        Map<String, String> byMention = new HashMap<>();
        draftOfMention.forEach((key, draft) -> byMention.put(key, ids.get(draft)));
        return new EntityCatalog(entities, byMention);
    }
}

package dev.annalist.kb.cli;

import dev.annalist.kb.KnowledgeBase;
import dev.annalist.kb.entity.Entity;
import dev.annalist.kb.nlp.EntityType;
import dev.annalist.kb.store.JsonCodec;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "entities", description = "Lists the canonical entities with aliases and mentions.")
final class EntitiesCommand extends IndexOptions implements Callable<Integer> {
    @Option(names = "--type", description = "PERSON, UNIT, LOCATION or OPERATION.")
    String type;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        EntityType filter = type == null ? null : EntityType.parse(type);
        try (KnowledgeBase kb = openWithContent()) {
            List<Entity> entities = kb.entities(filter);
            if (json) {
                System.out.println(JsonCodec.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(entities));
                return 0;
            }
            for (Entity e : entities) {
                System.out.printf("%-40s %-9s %s%s%n", e.id(), e.type(), e.name(),
                        (e.rank() != null ? " [" + e.rank() + "]" : "") + (e.role() != null ? " (" + e.role() + ")" : ""));
                System.out.printf("    aliases: %s; %d mention(s)%n", String.join(" | ", e.aliases()), e.mentions().size());
            }
            System.out.printf("%d entities%n", entities.size());
        }
        return 0;
    }
}

package dev.annalist.kb.cli;

import dev.annalist.kb.store.StoreSettings;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kb}: build and query a knowledge base from the command line. */
@Command(name = "kb", mixinStandardHelpOptions = true, version = "kb 0.1.0",
        description = "Builds and queries the knowledge base of historical accounts.",
        subcommands = {IngestCommand.class, EntitiesCommand.class, TimelineCommand.class, SearchCommand.class, AskCommand.class,
                BenchmarkCommand.class})
public final class KbCommand implements Runnable {
    @Option(names = "--index", description = "Index folder (default: ${DEFAULT-VALUE}).", defaultValue = "data/index",
            scope = CommandLine.ScopeType.INHERIT)
    Path index;

    @Option(names = "--store", description = "Where the knowledge base lives: lucene (the --index folder) or solrcloud "
            + "(--solr-zk). Default: the system property kb.store, else lucene; --solr-zk alone means solrcloud.",
            defaultValue = "${sys:kb.store}", scope = CommandLine.ScopeType.INHERIT)
    String store;

    @Option(names = "--solr-zk", paramLabel = "HOSTS", description = "ZooKeeper hosts of the SolrCloud cluster, e.g. "
            + "zk1:2181,zk2:2181/solr (needs the solr-store jar).", defaultValue = "${sys:kb.solr.zk-hosts}",
            scope = CommandLine.ScopeType.INHERIT)
    String solrZk;

    @Option(names = "--collection", description = "SolrCloud collection (default: ${DEFAULT-VALUE}); created when missing.",
            defaultValue = "${sys:kb.solr.collection:-annalist}", scope = CommandLine.ScopeType.INHERIT)
    String collection;

    @Option(names = "--shards", description = "Shards of a collection this creates (default: ${DEFAULT-VALUE}).",
            defaultValue = "${sys:kb.solr.shards:-1}", scope = CommandLine.ScopeType.INHERIT)
    int shards;

    @Option(names = "--replicas", description = "Replication factor of a collection this creates (default: ${DEFAULT-VALUE}).",
            defaultValue = "${sys:kb.solr.replication-factor:-1}", scope = CommandLine.ScopeType.INHERIT)
    int replicas;

    /** The store the options select; a user who sets none gets the Lucene index, as before. */
    StoreSettings storeSettings() {
        StoreSettings.Kind kind = store == null && solrZk != null ? StoreSettings.Kind.SOLRCLOUD : StoreSettings.Kind.parse(store);
        if (kind == StoreSettings.Kind.LUCENE) {
            return StoreSettings.lucene(index);
        }
        return StoreSettings.solrCloud(new StoreSettings.SolrCloud(solrZk, collection, shards, replicas, null));
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    public static int execute(String... args) {
        return CommandLines.execute(new KbCommand(), args);
    }
}

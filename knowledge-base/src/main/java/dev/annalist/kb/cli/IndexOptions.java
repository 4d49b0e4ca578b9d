package dev.annalist.kb.cli;

import dev.annalist.kb.KnowledgeBase;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.ParentCommand;

/** Shared by the query commands: open the index, and fill it from the bundled account if it is empty. */
abstract class IndexOptions {
    @ParentCommand
    KbCommand parent;

    Path index() {
        return parent.index;
    }

    KnowledgeBase openWithContent() throws IOException {
        KnowledgeBase kb = KnowledgeBase.open(index());
        kb.ensureContent();
        return kb;
    }
}

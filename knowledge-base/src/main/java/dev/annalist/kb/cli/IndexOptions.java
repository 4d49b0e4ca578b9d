package dev.annalist.kb.cli;

import dev.annalist.kb.KnowledgeBase;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.ParentCommand;

/** Shared by the query commands: open the store the options select, and fill it from the bundled account if it is empty. */
abstract class IndexOptions {
    @ParentCommand
    KbCommand parent;

    Path index() {
        return parent.index;
    }

    KnowledgeBase open() throws IOException {
        return KnowledgeBase.open(parent.storeSettings());
    }

    KnowledgeBase openWithContent() throws IOException {
        KnowledgeBase kb = open();
        kb.ensureContent();
        return kb;
    }
}

package dev.annalist.evaluation;

import dev.annalist.kb.cli.CommandLines;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code evaluation}: measures the bot on the reference set or on any SQuAD file. */
@Command(name = "evaluation", mixinStandardHelpOptions = true, version = "evaluation 0.1.0",
        description = "Measures answer quality, retrieval and latency.", subcommands = {EvaluationCommand.Run.class, EvaluationCommand.Squad.class})
public final class EvaluationCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(CommandLines.execute(new EvaluationCommand(), args));
    }

    @Command(name = "run", description = "Runs the reference set through the full pipeline and the baselines.")
    static final class Run implements Callable<Integer> {
        @Option(names = "--report", defaultValue = "evaluation/target/evaluation-report",
                description = "Folder for evaluation.json and evaluation.html (default: ${DEFAULT-VALUE}).")
        Path report;

        @Option(names = "--no-baselines", description = "Run the full pipeline only.")
        boolean noBaselines;

        @Override
        public Integer call() throws Exception {
            List<EvaluationRunner.WiringReport> reports = Evaluation.run(ReferenceSet.bundled(), !noBaselines);
            print(reports);
            new ReportWriter().write(reports, report).forEach(p -> System.out.println("wrote " + p));
            return 0;
        }
    }

    @Command(name = "squad", description = "Answers a SQuAD v1.1/v2.0 file, writes official-format predictions and scores them.")
    static final class Squad implements Callable<Integer> {
        @Option(names = "--dataset", required = true, description = "The SQuAD JSON file.")
        Path dataset;

        @Option(names = "--predictions", required = true,
                description = "Where to write {question id: answer} JSON of the first wiring (others beside it, named after them).")
        Path predictions;

        @Option(names = "--article", description = "Only the article with this title.")
        String article;

        @Option(names = "--mode", defaultValue = "article", description = "article (retrieval and reader over the whole article), "
                + "paragraph (the reader reads the question's paragraph) or both (default: ${DEFAULT-VALUE}).")
        String mode;

        @Option(names = "--wirings", split = ",", defaultValue = "full,reader-only,rules,always-abstain",
                description = "Which answerers to compare (default: ${DEFAULT-VALUE}).")
        List<String> wirings;

        @Option(names = "--sweep", description = "Also sweep the abstention threshold over the reader's margins and print the best "
                + "(for held-out training articles only: never choose it on the dev split).")
        boolean sweep;

        @Option(names = "--fit-abstention", description = "Also fit the learned abstention on the sweep's evidence, score it "
                + "leaving one article out beside the margin threshold, and print its weights for reader.properties "
                + "(for held-out training articles only: never fit it on the dev split).")
        boolean fitAbstention;

        @Option(names = "--rules-floor-sweep", description = "Also sweep the rules floor (the least reader confidence at which "
                + "the typed rules may answer where they agree with it) and print the best; adds the wirings "
                + RulesFloorSweep.UNFLOORED + " and " + RulesFloorSweep.NO_RULES
                + " (for held-out training articles only: never choose it on the dev split).")
        boolean rulesFloorSweep;

        @Option(names = "--evidence", description = "Also write the sweep's questions with the abstention evidence they gave, as JSON, here "
                + "(and each other chain wiring's beside it, prefixed with the wiring's name).")
        Path evidence;

        @Option(names = "--report", description = "Also write every figure as JSON here.")
        Path report;

        @Override
        public Integer call() throws Exception {
            List<SquadEvaluation.Mode> modes = switch (mode) {
                case "article" -> List.of(SquadEvaluation.Mode.ARTICLE);
                case "paragraph" -> List.of(SquadEvaluation.Mode.PARAGRAPH);
                case "both" -> List.of(SquadEvaluation.Mode.ARTICLE, SquadEvaluation.Mode.PARAGRAPH);
                default -> throw new CommandLine.ParameterException(new CommandLine(this), "--mode is article, paragraph or both, not " + mode);
            };
            List<String> names = new java.util.ArrayList<>(wirings);
            if ((sweep || fitAbstention || evidence != null && !rulesFloorSweep) && !names.contains(SquadWirings.SWEEP)) {
                names.add(SquadWirings.SWEEP);
            }
            if (rulesFloorSweep) {
                List.of(RulesFloorSweep.UNFLOORED, RulesFloorSweep.NO_RULES).stream().filter(w -> !names.contains(w)).forEach(names::add);
            }
            SquadEvaluation squad = new SquadEvaluation();
            List<SquadEvaluation.Result> all = new java.util.ArrayList<>();
            RetrievalRecall recall = RetrievalRecall.NONE;
            for (SquadEvaluation.Mode m : modes) {
                List<SquadEvaluation.Result> results = squad.run(dataset, article, m, names, System.err);
                all.addAll(results);
                SquadReport.print(results, System.out);
                if (m == SquadEvaluation.Mode.ARTICLE) {
                    recall = squad.retrievalRecall();
                    SquadReport.print(recall, System.out);
                }
                List<SquadEvaluation.Result> sweeps = results.stream()
                        .filter(r -> sweep && r.wiring().startsWith(SquadWirings.SWEEP)).toList();
                for (SquadEvaluation.Result swept : sweeps) {
                    List<ThresholdSweep.Point> points = ThresholdSweep.sweep(swept, -10, 10, 0.25);
                    points.forEach(p -> System.out.printf(Locale.ROOT, "%s threshold %6.2f: F1 %.2f, HasAns F1 %.1f, NoAns %.1f%n",
                            swept.wiring(), p.threshold(), p.f1(), p.hasAnsF1(), p.noAns()));
                    ThresholdSweep.Point best = ThresholdSweep.best(points);
                    System.out.printf(Locale.ROOT, "best threshold (%s, %s): %.2f, F1 %.2f, HasAns F1 %.1f, NoAns %.1f; calibrated scale %.2f%n",
                            swept.wiring(), m, best.threshold(), best.f1(), best.hasAnsF1(), best.noAns(),
                            ThresholdSweep.scale(swept, best.threshold()));
                }
                if (rulesFloorSweep) {
                    List<ThresholdSweep.Point> points = RulesFloorSweep.sweep(result(results, RulesFloorSweep.UNFLOORED),
                            result(results, RulesFloorSweep.NO_RULES), 0.025);
                    points.forEach(p -> System.out.printf(Locale.ROOT, "rules floor %5.3f: F1 %.2f, HasAns F1 %.1f, NoAns %.1f%n",
                            p.threshold(), p.f1(), p.hasAnsF1(), p.noAns()));
                    ThresholdSweep.Point best = ThresholdSweep.best(points);
                    System.out.printf(Locale.ROOT, "best rules floor (%s): %.3f, F1 %.2f, HasAns F1 %.1f, NoAns %.1f%n",
                            m, best.threshold(), best.f1(), best.hasAnsF1(), best.noAns());
                }
                if (evidence != null) {
                    Path file = modes.size() == 1 ? evidence
                            : evidence.resolveSibling(m.name().toLowerCase(Locale.ROOT) + "-" + evidence.getFileName());
                    for (SquadEvaluation.Result r : results) {
                        if (r.wiring().equals(SquadWirings.SWEEP) || r.questions().stream().anyMatch(q -> q.evidence() != null)) {
                            Path named = r.wiring().equals(SquadWirings.SWEEP) ? file : file.resolveSibling(r.wiring() + "-" + file.getFileName());
                            SquadReport.writeEvidence(r, named);
                            System.out.println("wrote " + named);
                        }
                    }
                }
                if (fitAbstention) {
                    List<SquadEvaluation.Scored> swept = result(results, SquadWirings.SWEEP).questions();
                    AbstentionFit.HeldOut margin = AbstentionFit.heldOutMargin(swept);
                    AbstentionFit.HeldOut learned = AbstentionFit.heldOutLearned(swept);
                    System.out.printf(Locale.ROOT, "leaving one article out (%s): F1 (HasAns F1, NoAns)%n", m);
                    System.out.printf(Locale.ROOT, "  %-28s %-22s %s%n", "article", "margin threshold", "learned abstention");
                    for (String a : margin.byArticle().keySet()) {
                        System.out.printf(Locale.ROOT, "  %-28s %-22s %s%n", a, heldOut(margin.byArticle().get(a)),
                                heldOut(learned.byArticle().get(a)));
                    }
                    System.out.printf(Locale.ROOT, "  %-28s %-22s %s%n", "all", heldOut(margin.overall()), heldOut(learned.overall()));
                    System.out.println("fitted on all (" + String.join(",", dev.annalist.kb.answer.AbstentionEvidence.NAMES)
                            + "), bias first:");
                    System.out.println("annalist.reader.weights=" + AbstentionFit.fit(swept).property());
                }
            }
            squad.writePredictions(all.get(0), predictions);
            System.out.println("wrote " + predictions);
            if (report != null) {
                SquadReport.write(all, recall, report);
                System.out.println("wrote " + report);
            }
            return 0;
        }
    }

    private static SquadEvaluation.Result result(List<SquadEvaluation.Result> results, String wiring) {
        return results.stream().filter(r -> r.wiring().equals(wiring)).findFirst().orElseThrow();
    }

    private static String heldOut(ThresholdSweep.Scores s) {
        return String.format(Locale.ROOT, "%.1f (%.1f, %.1f)", s.f1(), s.hasAnsF1(), s.noAns());
    }

    static void print(List<EvaluationRunner.WiringReport> reports) {
        System.out.printf("%-36s %6s %6s %7s %6s %6s %6s %6s %6s %7s %7s%n", "wiring", "EM", "F1", "unans%", "R@1",
                "R@3", "R@5", "MRR", "cite", "p50 ms", "p95 ms");
        for (EvaluationRunner.WiringReport r : reports) {
            Scores s = r.overall();
            System.out.printf(Locale.ROOT, "%-36s %6.1f %6.1f %7.1f %6.3f %6.3f %6.3f %6.3f %6.3f %7.2f %7.2f%n", r.wiring(),
                    s.exactMatch(), s.f1(), s.unanswerableCorrect(), s.recallAt1(), s.recallAt3(), s.recallAt5(), s.mrr(),
                    s.citationAccuracy(), s.latencyP50Ms(), s.latencyP95Ms());
        }
        System.out.println();
        System.out.printf("%-14s %s%n", "category", "F1 per wiring (EM in brackets)");
        for (String category : reports.get(0).byCategory().keySet()) {
            StringBuilder line = new StringBuilder(String.format("%-14s", category));
            for (EvaluationRunner.WiringReport r : reports) {
                Scores s = r.byCategory().get(category);
                line.append(category.equals("unanswerable")
                        ? String.format(Locale.ROOT, " %5.1f%% abstained   ", s.unanswerableCorrect())
                        : String.format(Locale.ROOT, " %5.1f (%5.1f)      ", s.f1(), s.exactMatch()));
            }
            System.out.println(line);
        }
    }
}

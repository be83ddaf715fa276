import Workbench

/// How `learn project` prints its listing, a start, the lines after a step's check, a run and a status.
enum ProjectText {
    static func listing(_ listing: ProjectListing, width: Int) -> [StyledText] {
        let rows: [[StyledText]] = listing.projects.map { entry in
            [StyledText((entry.current ? "> " : "  ") + entry.id, style: entry.current ? .bold : []),
             StyledText(entry.level.rawValue), StyledText(entry.dataset),
             StyledText("\(entry.passed)/\(entry.steps)", style: entry.passed == entry.steps ? .success : entry.started ? .warning : []),
             StyledText(entry.title)]
        }
        return TextTable(headers: ["PROJECT", "LEVEL", "DATASET", "STEPS", "TITLE"], alignments: [.left, .left, .left, .right],
                         rows: rows).render(width: width, border: .none)
            + ["", .joining("Start one: ", .command("learn project start NAME"), "; its brief is projects/NAME/brief.md.")]
    }

    static func started(_ started: ProjectRequest.Started) -> [StyledText] {
        let project = started.project
        var lines: [StyledText] = [StyledText("Started \(project.title).", style: .heading)]
        lines += started.copied.map { .joining("  copied ", .path($0)) }
        lines += started.kept.map { .joining("  kept your ", .path($0)) }
        lines += ["", .joining("Read the brief: ", .path(project.brief)),
                  .joining("Then write each step and check it: ", .command("learn project check \(project.steps.first?.id ?? "STEP")")),
                  .joining("When every step passes, run the whole audit: ", .command("learn project run \(project.id)"))]
        return lines
    }

    static func afterCheck(_ checked: ProjectRequest.Checked) -> [StyledText] {
        let passed = checked.project.steps.filter { checked.progress?.isPassed($0.id) == true }.count
        let total = checked.project.steps.count
        let written = checked.step.kind == .written
        guard checked.result.passed else {
            return (written ? [StyledText(WrittenAnswerResult.scopeNote, style: .dim)] : [])
                + [.joining("Stuck? ", .command("learn project hint \(checked.step.id)"), StyledText(" (\(passed) of \(total) steps passed)", style: .dim))]
        }
        let next = checked.project.steps.first { checked.progress?.isPassed($0.id) != true }
        return [.joining(StyledText("\(passed) of \(total) steps passed. ", style: .success),
                         next.map { .joining("Next: ", .command("learn project check \($0.id)")) }
                             ?? .joining("Every step passes: ", .command("learn project run \(checked.project.id)"))),
                written ? .joining(StyledText(WrittenAnswerResult.completeNote + " Compare yours with the model answer: ", style: .dim),
                                   .path(checked.step.solutionPath))
                        : .joining(StyledText("Compare with the reference solution after you finish: ", style: .dim), .path(checked.step.solutionPath))]
    }

    static func ran(_ result: ProjectRunResult) -> [StyledText] {
        var lines: [StyledText] = [.joining(StyledText("Ran \(result.project)", style: .heading),
                                            StyledText(result.reference ? " with the reference solutions" : " with your step files"),
                                            StyledText(String(format: " (compile %.1f s, run %.1f s)", result.compileSeconds, result.runSeconds), style: .dim))]
        for artifact in result.artifacts {
            lines.append(artifact.pending
                         ? .joining(StyledText("  pending ", style: .warning), StyledText(artifact.file), StyledText(": " + (artifact.note ?? ""), style: .dim))
                         : .joining("  wrote   ", .path(artifact.path)))
        }
        let charts = result.files.count - result.artifacts.filter { !$0.pending }.count
        if charts > 0 { lines.append(StyledText("  and \(charts) chart image\(charts == 1 ? "" : "s") beside report.md", style: .dim)) }
        lines.append(.joining("Open ", .path(result.output + "/report.html"), " in a browser."))
        return lines
    }

    static func status(_ status: ProjectStatus) -> [StyledText] {
        var lines: [StyledText] = [StyledText("\(status.title) (\(status.level.rawValue)): \(status.passedCount) of \(status.steps.count) steps passed",
                                              style: .heading)]
        if status.started == nil { lines.append(.joining("Not started: ", .command("learn project start \(status.id)"))) }
        for (index, step) in status.steps.enumerated() {
            let state = step.passed ? "passed" : step.lastStatus?.rawValue ?? (step.fileExists ? "pending" : "no file")
            lines.append(.joining(StyledText("  \(index + 1). "), StyledText(state, style: step.passed ? .success : .warning),
                                  StyledText("  \(step.id)", style: .bold), StyledText("  \(step.path)", style: .dim)))
        }
        lines.append(StyledText("Artifacts" + (status.lastRun.map { " (your last run: \($0))" } ?? " (no run of your code yet)") + ":"))
        for artifact in status.artifacts {
            let state = artifact.pending ? "pending" : artifact.exists ? "exists" : "missing"
            lines.append(.joining(StyledText("  \(state)  ", style: artifact.exists ? .success : .dim), .path(artifact.path)))
        }
        return lines
    }
}

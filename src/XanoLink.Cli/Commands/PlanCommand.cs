using System.CommandLine;
using System.Text;
using XanoLink.Cli.Infrastructure;
using XanoLink.Diff.Formatting;
using XanoLink.Git.Publish;

namespace XanoLink.Cli.Commands;

/// <summary>
/// <c>xanolink plan</c> (and <c>publish --dry-run</c>): what publish would do to each tenant's live branch, computed the
/// same way and writing nothing: items added, changed and deleted, conflicts, guid collisions, up-to-date tenants.
/// </summary>
internal static class PlanCommand
{
    public static Command Create(CliConsole console)
    {
        var o = new PublishCliOptions(withPublishOnly: false);
        var command = new Command("plan", "Show what publish would do to each tenant, writing nothing.");
        o.AddTo(command);
        command.SetAction(parse => Run(console, o.Read(parse, console.CurrentDirectory) with { DryRun = true }));
        return command;
    }

    public static int Run(CliConsole console, PublishOptions options) => PublishCliOptions.Guard(console, () => Plan(console, options));

    private static int Plan(CliConsole console, PublishOptions options)
    {
        UncommittedChanges.Note(console, options.Workspace, options.From);
        var report = Publisher.Run(PublishCliOptions.Request(options with { DryRun = true }));
        if (options.OutFile is { } file)
        {
            using var writer = new StreamWriter(file, append: false, new System.Text.UTF8Encoding(false));
            JsonOutput.Write(writer, PublishPlan.ToJson(report));
        }

        switch (options.Format)
        {
            case "json":
                JsonOutput.Write(console.Out, PublishPlan.ToJson(report));
                break;
            case "markdown":
                console.Out.Write(Markdown(report));
                break;
            default:
                console.Out.Write(Text(console, report));
                break;
        }

        return report.AnyFailed ? 1 : 0;
    }

    private static string Text(CliConsole console, PublishReport report)
    {
        var text = new StringBuilder();
        text.Append($"Plan: {report.SourceRef} ({report.SourceCommit[..12]}) to {report.Tenants.Count} tenant(s); nothing written.\n");
        foreach (var t in PublishText.InNameOrder(report))
        {
            text.Append('\n').Append(PublishText.Line(console, t)).Append('\n');
            Details(t, text, color: console.Color, markdown: false);
        }

        return text.ToString();
    }

    private static string Markdown(PublishReport report)
    {
        var text = new StringBuilder();
        text.Append($"# Publish plan: {report.SourceRef} (`{report.SourceCommit[..12]}`)\n");
        foreach (var t in PublishText.InNameOrder(report))
        {
            text.Append($"\n## {t.Name}: {TenantOutcome.Word(t.Status)}\n\n");
            if (t.Branch is not null)
            {
                text.Append($"Branch `{t.Branch}`{(t.Merged ? ", merged into the live branch" : "")}; live afterwards: `{t.Live}`.\n\n");
            }

            if (t.Error is not null)
            {
                text.Append($"> {t.Error}\n\n");
            }

            foreach (var c in t.Conflicts ?? [])
            {
                text.Append($"- conflict: {c}\n");
            }

            foreach (var l in t.DataLoss ?? [])
            {
                text.Append($"- **data loss**: {l}\n");
            }

            foreach (var c in t.Settled ?? [])
            {
                text.Append($"- settled: {c}\n");
            }

            foreach (var k in t.NoLongerManaged ?? [])
            {
                text.Append($"- no longer managed: {k} left the selection; the tenant keeps it as it is\n");
            }

            foreach (var w in t.Warnings ?? [])
            {
                text.Append($"- warning: {w}\n");
            }

            Details(t, text, color: false, markdown: true);
        }

        return text.ToString();
    }

    private static void Details(TenantOutcome t, StringBuilder text, bool color, bool markdown)
    {
        if (t.LiveChanges is not { } changes || t.Status == PublishStatus.UpToDate)
        {
            return;
        }

        if (!changes.HasDifferences)
        {
            text.Append(markdown ? "The live branch does not change.\n" : "  the live branch does not change\n");
            return;
        }

        text.Append(markdown ? "Changes to the live branch:\n\n" : "  changes to the live branch:\n");
        var body = markdown ? MarkdownDiffFormatter.Format(changes) : TextDiffFormatter.Format(changes, color);
        text.Append(markdown ? body : string.Concat(body.Split('\n').Select(l => l.Length == 0 ? "\n" : "    " + l + "\n")).TrimEnd('\n') + "\n");
    }
}

using System.CommandLine;
using XanoLink.Cli.Infrastructure;
using XanoLink.Git.Publish;

namespace XanoLink.Cli.Commands;

/// <summary>
/// <c>xanolink publish</c>: the source's selection to every tenant (or those named), each tenant all-or-nothing
/// (docs/publish.md). Exit 1 when any tenant failed or conflicted; <c>--dry-run</c> prints the plan instead.
/// </summary>
internal static class PublishCommand
{
    public static Command Create(CliConsole console)
    {
        var o = new PublishCliOptions(withPublishOnly: true);
        var command = new Command("publish", "Publish the source's selection to its tenants: a snapshot branch per tenant, optionally merged into (or made) the live branch.");
        o.AddTo(command);
        command.SetAction(parse => Run(console, o.Read(parse, console.CurrentDirectory)));
        return command;
    }

    public static int Run(CliConsole console, PublishOptions options) => PublishCliOptions.Guard(console, () => Publish(console, options));

    private static int Publish(CliConsole console, PublishOptions options)
    {
        if (options.DryRun)
        {
            return PlanCommand.Run(console, options with { Format = options.Format == "json" ? "json" : "text" });
        }

        UncommittedChanges.Note(console, options.Workspace, options.From);
        var request = PublishCliOptions.Request(options);
        // Live progress only where a person watches it (stderr on a terminal); results in name order once all are done, so
        // the output is the same from run to run whatever order the tenants finish in.
        var progress = console.ErrorIsTerminal && options.Format == "text";
        var report = Publisher.Run(request, (outcome, done, total) =>
        {
            if (progress)
            {
                console.Error.Write($"\rpublishing {done}/{total} ... {outcome.Name}".PadRight(60));
            }
        });

        if (progress)
        {
            console.Error.Write("\r" + new string(' ', 60) + "\r");
        }

        if (options.Format == "json")
        {
            JsonOutput.Write(console.Out, PublishJson.Of(report));
        }
        else
        {
            foreach (var outcome in PublishText.InNameOrder(report))
            {
                console.Out.WriteLine(PublishText.Line(console, outcome));
            }

            console.Out.WriteLine(PublishText.Summary(report));
        }

        return report.AnyFailed ? 1 : 0;
    }
}

using System.CommandLine;
using XanoLink.Cli.Infrastructure;
using XanoLink.Git;
using XanoLink.Merge;

namespace XanoLink.Cli.Commands;

internal sealed record BranchMergeOptions(string Repository, string From, string? Into, MergePolicy Policy, string Format);

/// <summary><c>xanolink branch merge FROM [--into NAME]</c>: a three-way workspace merge of two branches, written without a checkout.</summary>
internal static class BranchMergeCommand
{
    public static Command Create(CliConsole console)
    {
        var workspace = CommonOptions.Workspace();
        var format = CommonOptions.Format("text", "json");
        var from = new Argument<string>("FROM") { Description = "The branch (or ref) to merge." };
        var into = new Option<string?>("--into") { Description = "The branch that receives the merge (default: the live branch)." };
        var onConflict = new Option<string>("--on-conflict") { Description = "fail (write nothing), ours (keep INTO's value) or theirs (take FROM's).", DefaultValueFactory = _ => "fail" };
        onConflict.AcceptOnlyFromAmong("fail", "ours", "theirs");
        var command = new Command("merge", "Merge a branch into another (default: the live branch), object by object; no checkout.") { from, into, onConflict, workspace, format };
        command.SetAction(parse => Run(console, new BranchMergeOptions(
            BranchCommand.Locate(parse.GetValue(workspace), console.CurrentDirectory),
            parse.GetValue(from)!,
            parse.GetValue(into),
            parse.GetValue(onConflict) switch { "ours" => MergePolicy.Ours, "theirs" => MergePolicy.Theirs, _ => MergePolicy.Fail },
            parse.GetValue(format)!)));
        return command;
    }

    public static int Run(CliConsole console, BranchMergeOptions options)
    {
        using var repository = WorkspaceRepository.Open(options.Repository);
        var result = BranchMerge.Run(repository, options.From, options.Into, options.Policy);
        if (options.Format == "json")
        {
            JsonOutput.Write(console.Out, new
            {
                from = result.From,
                into = result.Into,
                status = result.Status switch
                {
                    BranchMergeStatus.UpToDate => "up-to-date",
                    BranchMergeStatus.FastForward => "fast-forward",
                    BranchMergeStatus.Merged => "merged",
                    _ => "conflict",
                },
                commit = result.Commit,
                conflicts = result.Conflicts.Select(c => new
                {
                    item = c.Item?.ToString(),
                    file = c.File,
                    member = c.Member,
                    description = c.Description,
                    resolution = c.Resolution switch { ConflictResolution.TookOurs => "ours", ConflictResolution.TookTheirs => "theirs", _ => "unresolved" },
                }),
            });
        }
        else
        {
            WriteText(console, result);
        }

        return result.Status == BranchMergeStatus.Conflict ? 1 : 0;
    }

    private static void WriteText(CliConsole console, BranchMergeResult result)
    {
        console.Out.WriteLine(result.Status switch
        {
            BranchMergeStatus.UpToDate => $"{result.Into} already contains {result.From}; nothing to merge.",
            BranchMergeStatus.FastForward => $"Fast-forwarded {result.Into} to {result.From} ({result.Commit[..12]}).",
            BranchMergeStatus.Merged => $"Merged {result.From} into {result.Into}: {result.Commit[..12]}{(result.Conflicts.Count == 0 ? "." : $", {result.Conflicts.Count} conflict(s) settled:")}",
            _ => $"Cannot merge {result.From} into {result.Into}: {result.Conflicts.Count(c => c.Resolution == ConflictResolution.Unresolved)} conflict(s); nothing was written.",
        });
        foreach (var conflict in result.Conflicts)
        {
            var line = $"  {conflict}";
            console.Out.WriteLine(conflict.Resolution == ConflictResolution.Unresolved ? console.Paint(line, "31") : line);
        }

        if (result.Status == BranchMergeStatus.Conflict)
        {
            console.Out.WriteLine("Settle them on one of the branches and merge again, or pass --on-conflict ours|theirs.");
        }
    }
}

using System.CommandLine;
using XanoLink.Cli.Infrastructure;
using XanoLink.Git;

namespace XanoLink.Cli.Commands;

internal sealed record BranchOptions(string Action, string Repository, string? Name, string? From, string? Reason, string Format);

/// <summary>
/// <c>xanolink branch list|create|set-live|history|merge</c>: the branches of one workspace and its live branch (docs/live-branch.md);
/// <c>merge</c> lives in <see cref="BranchMergeCommand"/>.
/// </summary>
internal static class BranchCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("branch", "List, create and merge workspace branches; choose the live branch.");
        command.Subcommands.Add(Sub(console, "list", "List the branches; the live one is marked.", name: null));
        command.Subcommands.Add(Sub(console, "create", "Create a branch (no checkout).", new Argument<string>("NAME") { Description = "The new branch." }, from: true));
        command.Subcommands.Add(Sub(console, "set-live", "Make a branch the live branch, recording who, when and the branch it replaces.", new Argument<string>("NAME") { Description = "The branch to make live." }, reason: true));
        command.Subcommands.Add(Sub(console, "history", "Every change of the live branch, newest first.", name: null));
        command.Subcommands.Add(BranchMergeCommand.Create(console));
        return command;
    }

    public static int Run(CliConsole console, BranchOptions options)
    {
        using var repository = WorkspaceRepository.Open(options.Repository);
        return options.Action switch
        {
            "create" => CreateBranch(console, repository, options),
            "set-live" => SetLive(console, repository, options),
            "history" => History(console, repository, options),
            _ => List(console, repository, options),
        };
    }

    private static Command Sub(CliConsole console, string action, string description, Argument<string>? name, bool from = false, bool reason = false)
    {
        var workspace = CommonOptions.Workspace();
        var format = CommonOptions.Format("text", "json");
        var fromOption = new Option<string?>("--from") { Description = "Where the branch starts: a branch, tag or commit (default: HEAD)." };
        var reasonOption = new Option<string?>("--reason") { Description = "Why, kept in the record's history." };
        var command = new Command(action, description) { workspace, format };
        if (name is not null)
        {
            command.Arguments.Add(name);
        }

        if (from)
        {
            command.Options.Add(fromOption);
        }

        if (reason)
        {
            command.Options.Add(reasonOption);
        }

        command.SetAction(parse => Run(console, new BranchOptions(
            action,
            Locate(parse.GetValue(workspace), console.CurrentDirectory),
            name is null ? null : parse.GetValue(name),
            from ? parse.GetValue(fromOption) : null,
            reason ? parse.GetValue(reasonOption) : null,
            parse.GetValue(format)!)));
        return command;
    }

    /// <summary>A workspace folder, or a bare repository (a tenant's), which has no workspace.json on disk.</summary>
    internal static string Locate(string? option, string currentDirectory)
    {
        if (option is not null && WorkspaceRepository.IsBareRepository(Path.GetFullPath(option, currentDirectory)))
        {
            return Path.GetFullPath(option, currentDirectory);
        }

        return WorkspaceLocator.Locate(option, currentDirectory);
    }

    private static int List(CliConsole console, WorkspaceRepository repository, BranchOptions options)
    {
        var live = repository.GetLive();
        var branches = repository.Branches().Select(b => (Name: b, Commit: repository.CommitIdOf(b), Live: b == live)).ToArray();
        if (options.Format == "json")
        {
            JsonOutput.Write(console.Out, new { live, branches = branches.Select(b => new { name = b.Name, commit = b.Commit, live = b.Live }) });
            return 0;
        }

        var width = branches.Length == 0 ? 0 : branches.Max(b => b.Name.Length);
        foreach (var (name, commit, isLive) in branches)
        {
            var line = $"{(isLive ? "*" : " ")} {name.PadRight(width)}  {commit[..12]}{(isLive ? "  live" : "")}";
            console.Out.WriteLine(isLive ? console.Paint(line, "32") : line);
        }

        if (branches.Length == 0)
        {
            console.Out.WriteLine($"No branches in {repository.Location} yet: commit the workspace first.");
        }

        return 0;
    }

    private static int CreateBranch(CliConsole console, WorkspaceRepository repository, BranchOptions options)
    {
        var commit = repository.CreateBranch(options.Name!, options.From);
        if (options.Format == "json")
        {
            JsonOutput.Write(console.Out, new { branch = options.Name, commit });
        }
        else
        {
            console.Out.WriteLine($"Created branch {options.Name} at {commit[..12]} (from {options.From ?? "HEAD"}).");
        }

        return 0;
    }

    private static int SetLive(CliConsole console, WorkspaceRepository repository, BranchOptions options)
    {
        var before = repository.GetLive();
        var change = repository.SetLiveAsUser(options.Name!, options.Reason);
        var changed = before != change.Branch;
        if (options.Format == "json")
        {
            JsonOutput.Write(console.Out, new { live = change.Branch, previous = before, changed, record = change.RecordCommit });
        }
        else
        {
            console.Out.WriteLine(changed
                ? $"Live branch is now {change.Branch}{(before is null ? "" : $" (was {before})")}; recorded in {change.RecordCommit[..12]} on xanolink/live."
                : $"{change.Branch} is already the live branch.");
        }

        return 0;
    }

    private static int History(CliConsole console, WorkspaceRepository repository, BranchOptions options)
    {
        var history = repository.LiveHistory();
        if (options.Format == "json")
        {
            JsonOutput.Write(console.Out, new
            {
                history = history.Select(h => new { branch = h.Branch, previous = h.Previous, commit = h.BranchCommit, who = h.Who, email = h.Email, when = h.When.ToString("yyyy-MM-ddTHH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture), reason = h.Reason, record = h.RecordCommit }),
            });
            return 0;
        }

        foreach (var h in history)
        {
            console.Out.WriteLine($"{h.When.ToString("yyyy-MM-dd HH:mm zzz", System.Globalization.CultureInfo.InvariantCulture)}  {h.Branch}{(h.Previous is null ? "" : $" (was {h.Previous})")}  by {h.Who} <{h.Email}>{(h.Reason is null ? "" : $": {h.Reason}")}");
        }

        if (history.Count == 0)
        {
            console.Out.WriteLine($"No live-branch changes recorded; the live branch is {repository.GetLive() ?? "(none)"}, the branch HEAD points at.");
        }

        return 0;
    }
}

using XanoLink.Diagnostics;
using XanoLink.Git;

namespace XanoLink.Cli.Infrastructure;

/// <summary>
/// Publish and plan read the source from Git, not from disk; a user who edited files and forgot to commit would
/// otherwise wonder why a change did not travel. This says so, on stderr, without stopping anything.
/// </summary>
internal static class UncommittedChanges
{
    /// <param name="command">The command that reads the source from Git ("publish", "status").</param>
    public static void Note(CliConsole console, string workspace, string? from, string command = "publish")
    {
        using var repository = WorkspaceRepository.TryOpen(workspace);
        var count = repository?.UncommittedChanges() ?? 0;
        if (count > 0)
        {
            console.Error.WriteLine($"warning {DiagnosticCatalog.UncommittedNotSent.Code}: the workspace has {count} uncommitted change(s), which {(command == "publish" ? "are not sent" : "it does not see")}: {command} reads {from ?? "the live branch"} from Git; commit first to include them");
        }
    }
}

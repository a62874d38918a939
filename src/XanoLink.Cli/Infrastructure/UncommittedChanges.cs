using LibGit2Sharp;
using XanoLink.Git;

namespace XanoLink.Cli.Infrastructure;

/// <summary>
/// Publish and plan read the source from Git, not from disk; a user who edited files and forgot to commit would
/// otherwise wonder why a change did not travel. This says so, on stderr, without stopping anything.
/// </summary>
internal static class UncommittedChanges
{
    public static void Note(CliConsole console, string workspace, string? from)
    {
        using var repository = WorkspaceRepository.TryOpen(workspace);
        if (repository is null || repository.IsBare)
        {
            return;
        }

        var options = new StatusOptions { IncludeUntracked = true, ExcludeSubmodules = true, IncludeIgnored = false };
        if (repository.Subfolder.Length > 0)
        {
            options.PathSpec = [repository.Subfolder + "/"];
        }

        var count = repository.Repository.RetrieveStatus(options).Count(e => e.State is not (FileStatus.Unaltered or FileStatus.Ignored));
        if (count > 0)
        {
            console.Error.WriteLine($"note: the workspace has {count} uncommitted change(s), which are not sent: publish reads {from ?? "the live branch"} from Git; commit first to include them");
        }
    }
}

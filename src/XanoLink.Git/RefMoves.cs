using LibGit2Sharp;

namespace XanoLink.Git;

/// <summary>
/// The one compare-and-swap ref mover: a ref moves only from the value it was read at, so a ref someone else moved
/// meanwhile fails the command instead of losing their commit. A git lock file in the way is named, with what to do.
/// </summary>
internal static class RefMoves
{
    /// <summary>Moves <paramref name="name"/> (a full ref name) from <paramref name="expected"/> (null: it must not exist) to <paramref name="target"/>.</summary>
    public static void Move(Repository repository, string name, ObjectId? expected, ObjectId target, string log)
    {
        var current = repository.Refs[name]?.ResolveToDirectReference();
        if (expected is null ? current is not null : current is null || current.TargetIdentifier != expected.Sha)
        {
            throw Moved(repository, name);
        }

        try
        {
            if (current is null)
            {
                repository.Refs.Add(name, target, log, allowOverwrite: false);
            }
            else
            {
                // libgit2 writes the new value only if the ref still holds the old one.
                repository.Refs.UpdateTarget(current, target, log);
            }
        }
        catch (LockedFileException ex)
        {
            throw Locked(repository, name, ex);
        }
        catch (NameConflictException)
        {
            throw Moved(repository, name);
        }
        catch (LibGit2SharpException ex) when (ex.Message.Contains("lock", StringComparison.OrdinalIgnoreCase))
        {
            throw Locked(repository, name, ex);
        }
        catch (LibGit2SharpException)
        {
            throw Moved(repository, name);
        }
    }

    private static GitWorkspaceException Moved(Repository repository, string name) =>
        new(GitProblem.RefMoved, $"{name} in {Where(repository)} was moved by someone else while XanoLink worked; nothing after it was changed: run the command again");

    private static GitWorkspaceException Locked(Repository repository, string name, Exception ex) =>
        new(GitProblem.GitLockHeld, $"{name} in {Where(repository)} is locked by another git process ({ex.Message.Trim()}); if no git command is running there, delete the .lock file it names, then run the command again");

    private static string Where(Repository repository) => Path.TrimEndingDirectorySeparator(repository.Info.WorkingDirectory ?? repository.Info.Path);
}

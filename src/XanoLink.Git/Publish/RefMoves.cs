using LibGit2Sharp;

namespace XanoLink.Git.Publish;

/// <summary>Compare-and-swap ref updates: a ref someone else moved since we read it fails the tenant instead of losing their work.</summary>
internal static class RefMoves
{
    public static void Create(Repository repo, string name, ObjectId target, string log, string tenant)
    {
        try
        {
            repo.Refs.Add(name, target, log, allowOverwrite: false);
        }
        catch (NameConflictException)
        {
            throw new TenantFailure($"tenant {tenant}: {name} was created by someone else during this publish; run publish again");
        }
    }

    /// <summary>Moves <paramref name="name"/> from <paramref name="expected"/> (null: must not exist) to <paramref name="target"/>.</summary>
    public static void Move(Repository repo, string name, ObjectId? expected, ObjectId target, string log, string tenant)
    {
        var current = repo.Refs[name]?.ResolveToDirectReference();
        if (expected is null)
        {
            if (current is not null)
            {
                throw Moved(name, tenant);
            }

            Create(repo, name, target, log, tenant);
            return;
        }

        if (current is null || current.TargetIdentifier != expected.Sha)
        {
            throw Moved(name, tenant);
        }

        try
        {
            // libgit2 checks the ref still holds the value read above while it updates it.
            repo.Refs.UpdateTarget(current, target, log);
        }
        catch (LibGit2SharpException)
        {
            throw Moved(name, tenant);
        }
    }

    private static TenantFailure Moved(string name, string tenant) =>
        new($"tenant {tenant}: {name} was moved by someone else during this publish; nothing after it was changed; run publish again");
}

using LibGit2Sharp;
using XanoLink.Git.Publish;
using XanoLink.Loading;

namespace XanoLink.Git.Tenants;

/// <summary>
/// What one source has sent one tenant (docs/publish.md): the line of snapshot commits (each one's first parent is the
/// previous snapshot) ending at <c>refs/xanolink/snapshots/&lt;source guid&gt;</c>, and how far the tenant's live branch has
/// taken it. The one owner of two rules that publish, plan and status share:
/// <list type="bullet">
/// <item>the merge base is what live last took from the source: the newest snapshot of the line that is an ancestor of
/// the live tip (whatever put it there: a publish with --merge or --set-live, branch merge, git merge), not merely the last
/// one published; so a snapshot published without merging, or a publish killed before live moved, never makes the next
/// merge see the tenant as having deleted what it never got;</item>
/// <item>up to date: the last snapshot holds what the source would send now (<see cref="SameContent"/>), and, when the
/// publish asks for the live branch to get it, live has it (<see cref="Delivered"/>).</item>
/// </list>
/// </summary>
internal sealed class SnapshotLine
{
    // The line is walked back at most this far looking for what live took; older snapshots count as never taken.
    private const int MaxWalk = 1000;

    private SnapshotLine(Commit? last, Commit? @base)
    {
        Last = last;
        Base = @base;
    }

    /// <summary>The last snapshot published (the ref's target), or null when the source never published here.</summary>
    public Commit? Last { get; }

    /// <summary>The newest snapshot the live tip contains: the merge base; null when live took none.</summary>
    public Commit? Base { get; }

    /// <summary>True when the live branch holds the last snapshot.</summary>
    public bool Delivered => Last is not null && Base?.Id == Last.Id;

    public static SnapshotLine Read(Repository repository, string sourceGuid, Commit? liveTip)
    {
        var last = repository.Refs[PublishedSnapshot.RefPrefix + sourceGuid]?.ResolveToDirectReference()?.Target as Commit;
        if (last is null || liveTip is null)
        {
            return new SnapshotLine(last, null);
        }

        var walked = 0;
        for (var snapshot = last; snapshot is not null && walked < MaxWalk; snapshot = snapshot.Parents.FirstOrDefault(), walked++)
        {
            if (snapshot.Id == liveTip.Id || repository.ObjectDatabase.FindMergeBase(snapshot, liveTip)?.Id == snapshot.Id)
            {
                return new SnapshotLine(last, snapshot);
            }
        }

        return new SnapshotLine(last, null);
    }

    /// <summary>
    /// True when the last snapshot holds what <paramref name="source"/> sends now: the same source commit and manifest, or
    /// the same files (path and blob id; workspace.json is the tenant's own and left out).
    /// </summary>
    public bool SameContent(Repository repository, PublishSource source)
    {
        if (Last is null || source.Snapshot is null)
        {
            return false;
        }

        var trailers = PublishedSnapshot.ParseTrailers(Last.Message);
        if (trailers.GetValueOrDefault("XanoLink-Source-Guid") is { } guid && guid != source.Guid)
        {
            return false;
        }

        if (source.Commit is not null && trailers.GetValueOrDefault(SnapshotMessage.SourceCommit) == source.Commit
            && trailers.GetValueOrDefault(SnapshotMessage.Manifest) == source.ManifestHash)
        {
            return true;
        }

        var sent = new GitFileSource(repository, Last).Files().Where(f => f.Path != PathLayout.WorkspaceFile).ToArray();
        return sent.Length == source.BlobIds.Count && sent.All(f => source.BlobIds.TryGetValue(f.Path, out var id) && id == f.BlobId);
    }

    /// <summary>The source commit the last snapshot was taken from, or null.</summary>
    public string? LastSourceCommit => Last is null ? null : PublishedSnapshot.ParseTrailers(Last.Message).GetValueOrDefault(SnapshotMessage.SourceCommit);
}

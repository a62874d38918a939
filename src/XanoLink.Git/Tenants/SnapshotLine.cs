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
    // How far the line, and live's first-parent history, are walked back; older snapshots count as never taken.
    private const int MaxWalk = 1000;

    private readonly string sourceGuid;
    private readonly Repository repository;
    private readonly Commit? liveTip;

    private SnapshotLine(Repository repository, string sourceGuid, Commit? liveTip, ObjectId? refTip, Commit? last, Commit? @base, string? damage)
    {
        this.repository = repository;
        this.sourceGuid = sourceGuid;
        this.liveTip = liveTip;
        RefTip = refTip;
        Last = last;
        Base = @base;
        Damage = damage;
    }

    /// <summary>The snapshot ref's target as read, whatever it is: what a compare-and-swap of the ref expects.</summary>
    public ObjectId? RefTip { get; }

    /// <summary>Set when the ref points at something that is not a snapshot of this source (it is then ignored, and replaced by the next snapshot).</summary>
    public string? Damage { get; }

    /// <summary>
    /// The last snapshot published: the ref's target, or a newer snapshot live already holds when the ref lags behind it
    /// (a publish of an older version killed between its ref moves, or the ref set back by hand); null when none.
    /// </summary>
    public Commit? Last { get; }

    /// <summary>The newest snapshot the live tip contains: the merge base; null when live took none.</summary>
    public Commit? Base { get; }

    /// <summary>True when the live branch holds the last snapshot.</summary>
    public bool Delivered => Last is not null && Base?.Id == Last.Id;

    public static SnapshotLine Read(Repository repository, string sourceGuid, Commit? liveTip)
    {
        var name = PublishedSnapshot.RefPrefix + sourceGuid;
        var target = repository.Refs[name]?.ResolveToDirectReference();
        var refId = target?.Target?.Id;

        // Only a snapshot commit of this source counts: a ref set by hand to anything else would make the merge take the
        // tenant's own objects for ones the source sent and then deleted.
        var refTip = target?.Target as Commit;
        string? damage = null;
        if (target is not null && (refTip is null || !IsSnapshot(PublishedSnapshot.ParseTrailers(refTip.Message), sourceGuid)))
        {
            damage = $"{name} points at {target.TargetIdentifier[..Math.Min(12, target.TargetIdentifier.Length)]}, which is not a snapshot commit of this source; it is ignored, and the next publish replaces it";
            refTip = null;
        }

        if (liveTip is null)
        {
            return new SnapshotLine(repository, sourceGuid, null, refId, refTip, null, damage);
        }

        var onLine = OnLine(repository, refTip, liveTip, sourceGuid);
        var inLive = InLiveHistory(repository, sourceGuid, liveTip);
        var @base = onLine is null ? inLive : inLive is null || IsAncestor(repository, inLive, onLine) ? onLine : inLive;
        var last = refTip is null || (@base is not null && @base.Id != refTip.Id && IsAncestor(repository, refTip, @base)) ? @base ?? refTip : refTip;
        return new SnapshotLine(repository, sourceGuid, liveTip, refId, last, @base, damage);
    }

    /// <summary>
    /// The snapshots before the merge base on its line that live took, newest first: what the tenant got from the source
    /// earlier. An object the base lacks because it was out of the selection then was last sent in one of these. A
    /// snapshot published without merging (or whose merge never landed) is skipped: the tenant never had its content.
    /// </summary>
    public IEnumerable<Commit> BeforeBase()
    {
        var taken = new Lazy<HashSet<ObjectId>>(TakenByLive);
        var walked = 0;
        for (var snapshot = Base?.Parents.FirstOrDefault(); snapshot is not null && walked < MaxWalk && IsSnapshot(PublishedSnapshot.ParseTrailers(snapshot.Message), sourceGuid); snapshot = snapshot.Parents.FirstOrDefault(), walked++)
        {
            if (taken.Value.Contains(snapshot.Id))
            {
                yield return snapshot;
            }
        }
    }

    /// <summary>
    /// The snapshots live took: those its first-parent history names in a publish's merge commit (XanoLink-Snapshot), and
    /// those it holds itself (a snapshot made live).
    /// </summary>
    private HashSet<ObjectId> TakenByLive()
    {
        var taken = new HashSet<ObjectId>();
        var walked = 0;
        for (var commit = liveTip; commit is not null && walked < MaxWalk; commit = commit.Parents.FirstOrDefault(), walked++)
        {
            var trailers = PublishedSnapshot.ParseTrailers(commit.Message);
            if (IsSnapshot(trailers, sourceGuid))
            {
                taken.Add(commit.Id);
            }
            else if (trailers.GetValueOrDefault("XanoLink-Snapshot") is { } sha && ObjectId.TryParse(sha, out var id) && repository.Lookup<Commit>(id) is { } snapshot
                && IsSnapshot(PublishedSnapshot.ParseTrailers(snapshot.Message), sourceGuid))
            {
                taken.Add(snapshot.Id);
            }
        }

        return taken;
    }

    /// <summary>The newest snapshot of the line from <paramref name="tip"/> that the live tip contains.</summary>
    private static Commit? OnLine(Repository repository, Commit? tip, Commit liveTip, string sourceGuid)
    {
        var walked = 0;
        for (var snapshot = tip; snapshot is not null && walked < MaxWalk && IsSnapshot(PublishedSnapshot.ParseTrailers(snapshot.Message), sourceGuid); snapshot = snapshot.Parents.FirstOrDefault(), walked++)
        {
            if (snapshot.Id == liveTip.Id || IsAncestor(repository, snapshot, liveTip))
            {
                return snapshot;
            }
        }

        return null;
    }

    /// <summary>
    /// The newest snapshot of this source that live's own first-parent history names: a publish's merge commit (its
    /// XanoLink-Snapshot trailer) or a snapshot made live as it is. Finds what live took even when the ref does not lead to it.
    /// </summary>
    private static Commit? InLiveHistory(Repository repository, string sourceGuid, Commit liveTip)
    {
        var walked = 0;
        for (var commit = liveTip; commit is not null && walked < MaxWalk; commit = commit.Parents.FirstOrDefault(), walked++)
        {
            var trailers = PublishedSnapshot.ParseTrailers(commit.Message);
            if (IsSnapshot(trailers, sourceGuid))
            {
                return commit;
            }

            if (trailers.GetValueOrDefault("XanoLink-Snapshot") is { } sha && ObjectId.TryParse(sha, out var id)
                && repository.Lookup<Commit>(id) is { } snapshot && IsSnapshot(PublishedSnapshot.ParseTrailers(snapshot.Message), sourceGuid))
            {
                return snapshot;
            }
        }

        return null;
    }

    private static bool IsSnapshot(IReadOnlyDictionary<string, string> trailers, string sourceGuid) =>
        trailers.GetValueOrDefault("XanoLink-Source-Guid") == sourceGuid && trailers.ContainsKey(SnapshotMessage.Branch) && trailers.ContainsKey(SnapshotMessage.SourceCommit);

    private static bool IsAncestor(Repository repository, Commit ancestor, Commit of) =>
        ancestor.Id == of.Id || repository.ObjectDatabase.FindMergeBase(ancestor, of)?.Id == ancestor.Id;

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

        // Same files: compared by tree id, descending only into folders whose ids differ.
        return TreeCompare.Diff(Last.Tree, source.SnapshotTree).All(c => c.Path == PathLayout.WorkspaceFile);
    }

    /// <summary>The source commit the last snapshot was taken from, or null.</summary>
    public string? LastSourceCommit => Last is null ? null : PublishedSnapshot.ParseTrailers(Last.Message).GetValueOrDefault(SnapshotMessage.SourceCommit);
}

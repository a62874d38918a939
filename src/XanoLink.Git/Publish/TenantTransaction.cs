using LibGit2Sharp;
using XanoLink.Git.Tenants;

namespace XanoLink.Git.Publish;

/// <summary>
/// Writes one tenant's plan: every object first (snapshot commit, merge commit), then the refs, each with
/// compare-and-swap, in an order where every prefix is a state the next run completes correctly: (1) the new branch,
/// (2) the snapshot ref, (3) the live branch or its record, the one move that changes what the tenant runs. A run killed
/// after (2) leaves a snapshot that live has not taken: the merge base is found from live's own history
/// (<see cref="SnapshotLine"/>), so the next publish, a rerun or a newer commit, merges it without a false conflict.
/// </summary>
internal static class TenantTransaction
{
    /// <summary>Writes and returns the outcome and the refs that moved (for a remote tenant's push).</summary>
    public static (TenantOutcome Outcome, IReadOnlyList<string> Moved) Apply(WorkspaceRepository tenant, TenantPlan plan, PublishSource source, PublishSettings settings)
    {
        var repo = tenant.Repository;
        var mergeOnBranch = settings.Merge && settings.SetLive;
        var moved = new List<string>();
        var last = plan.Line.Last;

        // Objects.
        var snapshotTree = SnapshotTree(repo, plan, source);
        var leftover = repo.Refs["refs/heads/" + plan.Branch]?.ResolveToDirectReference()?.Target as Commit;
        var snapshot = plan.ReuseLastSnapshot ? last!
            : Reusable(mergeOnBranch ? leftover?.Parents.Skip(1).FirstOrDefault() : leftover, snapshotTree, last)
              ?? repo.ObjectDatabase.CreateCommit(source.Signature, source.Committer, SnapshotMessage.Compose(source, plan.Branch, plan.Tenant), snapshotTree,
                  last is null ? [] : [last], prettifyMessage: false);

        Commit? merge = null;
        if (plan.Merge is { } result)
        {
            var mergedTree = TreeMerge.Apply(repo, plan.LiveTip.Tree, result);
            var into = mergeOnBranch ? plan.Branch : plan.Live;
            merge = leftover is not null && mergeOnBranch && leftover.Tree.Id == mergedTree.Id && SameParents(leftover, plan.LiveTip, snapshot)
                ? leftover
                : repo.ObjectDatabase.CreateCommit(source.Signature, source.Committer, SnapshotMessage.Merge(source, snapshot.Sha, into), mergedTree, [plan.LiveTip, snapshot], prettifyMessage: false);
        }

        var branchTip = mergeOnBranch ? merge! : snapshot;
        FaultPoints.Reach(FaultPoints.ObjectsWritten);
        var log = $"xanolink: publish {source.Name} {source.ShortSha}";

        // (1) The branch: the template's name, or the snapshot's own branch when it is reused, or name-2, name-3... when taken.
        var branch = plan.ReuseLastSnapshot && !mergeOnBranch && OwnBranch(repo, snapshot) is { } own ? own : FreeBranch(repo, plan.Branch, branchTip);
        if (repo.Refs["refs/heads/" + branch] is null)
        {
            RefMoves.Move(repo, "refs/heads/" + branch, null, branchTip.Id, log);
            moved.Add("refs/heads/" + branch);
            FaultPoints.Reach(FaultPoints.BranchMoved);
        }

        // (2) The snapshot line.
        if (plan.Line.RefTip != snapshot.Id)
        {
            RefMoves.Move(repo, source.SnapshotRef, plan.Line.RefTip, snapshot.Id, log);
            moved.Add(source.SnapshotRef);
            FaultPoints.Reach(FaultPoints.SnapshotRefMoved);
        }

        // (3) Live.
        FaultPoints.Reach(FaultPoints.LiveLocked, repo.Info.Path, settings.SetLive ? "refs/heads/" + LiveRecord.Branch : "refs/heads/" + plan.Live);
        var live = plan.Live;
        var liveTip = plan.LiveTip;
        if (settings.SetLive)
        {
            var before = tenant.GetLive();
            tenant.SetLive(branch, source.Signature, $"Published {source.Name} {source.ShortSha} ({source.Ref})");
            live = branch;
            liveTip = branchTip;
            if (before != branch)
            {
                moved.Add("refs/heads/" + LiveRecord.Branch);
            }
        }
        else if (merge is not null)
        {
            RefMoves.Move(repo, "refs/heads/" + plan.Live, plan.LiveTip.Id, merge.Id, log);
            moved.Add("refs/heads/" + plan.Live);
            liveTip = merge;
        }

        FaultPoints.Reach(FaultPoints.LiveMoved);
        var outcome = Outcomes.Of(plan, PublishStatus.Published, settings) with
        {
            Branch = branch,
            Commit = snapshot.Sha,
            BranchCommit = branchTip.Sha,
            Merged = settings.Merge,
            Live = live,
            LiveCommit = liveTip.Sha,
        };
        return (outcome, moved);
    }

    /// <summary>
    /// The snapshot's tree, written by editing the last snapshot's tree where the ids say it differs (a 5-file change
    /// writes 5 blobs and the folders above them); checked against the id computed in memory, and written whole should
    /// they ever disagree.
    /// </summary>
    private static Tree SnapshotTree(Repository repo, TenantPlan plan, PublishSource source)
    {
        byte[] Bytes(string path, string id) => path == Loading.PathLayout.WorkspaceFile ? plan.WorkspaceInfo! : source.BytesById[id];
        var last = plan.Line.Last?.Tree;
        if (last is not null)
        {
            var changes = TreeCompare.Diff(last, plan.SnapshotTree)
                .Select(c => new FileChange(c.Path, c.After is { } after ? Bytes(c.Path, after.Id) : null, c.After?.Id));
            var edited = TreeWriter.Edit(repo, last, changes);
            if (edited.Sha == plan.SnapshotTree.Id)
            {
                return edited;
            }
        }

        var files = source.Snapshot!.Files.ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
        if (plan.WorkspaceInfo is { } info)
        {
            files[Loading.PathLayout.WorkspaceFile] = info;
        }

        return TreeWriter.Write(repo, files, source.BlobIds);
    }

    /// <summary>A snapshot commit left by a run that was stopped: the same tree on the same parent.</summary>
    private static Commit? Reusable(Commit? candidate, Tree tree, Commit? last) =>
        candidate is not null && candidate.Tree.Id == tree.Id && candidate.Parents.FirstOrDefault()?.Id == last?.Id && candidate.Parents.Count() == (last is null ? 0 : 1)
            ? candidate
            : null;

    private static bool SameParents(Commit commit, Commit first, Commit second) =>
        commit.Parents.Select(p => p.Id).SequenceEqual([first.Id, second.Id]);

    /// <summary>The branch a snapshot was published on, when it still points at it.</summary>
    private static string? OwnBranch(Repository repo, Commit snapshot) =>
        PublishedSnapshot.ParseTrailers(snapshot.Message).GetValueOrDefault(SnapshotMessage.Branch) is { } name
        && repo.Refs["refs/heads/" + name]?.ResolveToDirectReference()?.TargetIdentifier == snapshot.Sha
            ? name
            : null;

    /// <summary>
    /// <paramref name="name"/> when it is free or already holds <paramref name="tip"/>; else the first of name-2, name-3...
    /// that is: publishing a commit again (an older one, say) never fails on a branch an earlier publish left.
    /// </summary>
    private static string FreeBranch(Repository repo, string name, Commit tip)
    {
        // Git keeps refs as files: a branch "link" leaves no room for "link/...", whatever number follows.
        var segments = name.Split('/');
        for (var i = 1; i < segments.Length; i++)
        {
            var prefix = string.Join('/', segments[..i]);
            if (repo.Refs["refs/heads/" + prefix] is not null)
            {
                throw new TenantFailure(Diagnostics.DiagnosticCatalog.PublishBranchInvalid,
                    $"the publish branch '{name}' cannot be created: the tenant has a branch '{prefix}', and Git cannot hold both; rename that branch, or publish with another --branch");
            }
        }

        for (var n = 1; n < 1000; n++)
        {
            var candidate = n == 1 ? name : $"{name}-{n}";
            var existing = repo.Refs["refs/heads/" + candidate]?.ResolveToDirectReference();
            if (existing is null || existing.TargetIdentifier == tip.Sha)
            {
                return candidate;
            }
        }

        throw new TenantFailure(Diagnostics.DiagnosticCatalog.PublishBranchInvalid, $"branches {name} to {name}-999 all exist; publish with another --branch");
    }
}

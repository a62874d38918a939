using LibGit2Sharp;

namespace XanoLink.Git.Publish;

/// <summary>
/// Writes one tenant's plan: every object first (snapshot commit, merge commit), then the refs in the order PUBLISH.md
/// fixes: (1) the new branch, (2) the live branch or its record, (3) the snapshot ref last. A run killed at any point
/// leaves refs that a rerun completes: it reuses a branch that already holds the same tree and finds live already merged.
/// </summary>
internal static class TenantTransaction
{
    /// <summary>Writes and returns the outcome and the refs that moved (for a remote tenant's push).</summary>
    public static (TenantOutcome Outcome, IReadOnlyList<string> Moved) Apply(WorkspaceRepository tenant, TenantPlan plan, PublishSource source, PublishSettings settings)
    {
        var repo = tenant.Repository;
        var who = source.Signature;
        var committer = source.Committer;
        var branchRef = "refs/heads/" + plan.Branch;
        var existing = repo.Refs[branchRef]?.ResolveToDirectReference()?.Target as Commit;
        var mergeOnBranch = settings.Merge && settings.SetLive;
        var moved = new List<string>();

        // Objects.
        var snapshotTree = TreeWriter.Write(repo, plan.SnapshotFiles, source.BlobIds);
        var snapshot = Reusable(existing, snapshotTree, plan.LastSnapshot, mergeOnBranch)
            ?? repo.ObjectDatabase.CreateCommit(who, committer, SnapshotMessage.Compose(source, plan.Branch, plan.Tenant), snapshotTree,
                plan.LastSnapshot is null ? [] : [plan.LastSnapshot], prettifyMessage: false);

        Commit? merge = null;
        if (plan.Merge is { } result)
        {
            var mergedTree = TreeWriter.Write(repo, result.Files);
            var into = mergeOnBranch ? plan.Branch : plan.Live;
            if (mergeOnBranch && existing is not null && existing.Tree.Id == mergedTree.Id)
            {
                merge = existing;
            }
            else if (mergeOnBranch || mergedTree.Id != plan.LiveTip.Tree.Id)
            {
                merge = repo.ObjectDatabase.CreateCommit(who, committer, SnapshotMessage.Merge(source, snapshot.Sha, into), mergedTree, [plan.LiveTip, snapshot], prettifyMessage: false);
            }
        }

        var branchTip = mergeOnBranch ? merge! : snapshot;
        if (existing is not null && existing.Id != branchTip.Id)
        {
            throw new TenantFailure($"tenant {plan.Tenant}: branch '{plan.Branch}' already exists in {tenant.Location} with other content; publish with another --branch, or delete it ('git branch -D {plan.Branch}') if it is a leftover");
        }

        // Refs, in order; the snapshot ref last, so a run stopped before it is simply redone.
        var log = $"xanolink: publish {source.Info.Name} {source.ShortSha}";
        if (existing is null)
        {
            RefMoves.Create(repo, branchRef, branchTip.Id, log, plan.Tenant);
            moved.Add(branchRef);
        }

        var live = plan.Live;
        var liveTip = plan.LiveTip;
        if (settings.SetLive)
        {
            var before = tenant.GetLive();
            tenant.SetLive(plan.Branch, who, $"Published {source.Info.Name} {source.ShortSha} ({source.Ref})");
            live = plan.Branch;
            liveTip = branchTip;
            if (before != plan.Branch)
            {
                moved.Add("refs/heads/" + LiveRecord.Branch);
            }
        }
        else if (merge is not null)
        {
            RefMoves.Move(repo, "refs/heads/" + plan.Live, plan.LiveTip.Id, merge.Id, log, plan.Tenant);
            moved.Add("refs/heads/" + plan.Live);
            liveTip = merge;
        }

        if (plan.LastSnapshot?.Id != snapshot.Id)
        {
            RefMoves.Move(repo, source.SnapshotRef, plan.LastSnapshot?.Id, snapshot.Id, log, plan.Tenant);
            moved.Add(source.SnapshotRef);
        }

        var outcome = new TenantOutcome(plan.Tenant, TenantStatus.Published, plan.Branch, snapshot.Sha, branchTip.Sha, settings.Merge, live, liveTip.Sha,
            Conflicts: plan.Merge?.Conflicts.Select(c => c.ToString(XanoLink.Merge.ConflictSides.Publish)).ToArray(), Warnings: plan.Warnings);
        return (outcome, moved);
    }

    /// <summary>
    /// A leftover branch from a run that was stopped: its snapshot commit is reused when it holds the same tree on the
    /// same parent (for --merge --set-live, the snapshot is the branch tip's second parent).
    /// </summary>
    private static Commit? Reusable(Commit? existing, Tree tree, Commit? last, bool mergeOnBranch)
    {
        var candidate = mergeOnBranch ? existing?.Parents.Skip(1).FirstOrDefault() : existing;
        return candidate is not null && candidate.Tree.Id == tree.Id && candidate.Parents.FirstOrDefault()?.Id == last?.Id ? candidate : null;
    }
}

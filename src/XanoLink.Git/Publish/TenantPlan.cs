using LibGit2Sharp;
using XanoLink.Git.Tenants;
using XanoLink.Merge;
using XanoLink.Model;

namespace XanoLink.Git.Publish;

/// <summary>How to publish: the manifest's defaults already applied to the command's flags.</summary>
internal sealed record PublishSettings(string BranchTemplate, bool Merge, bool SetLive, MergePolicy Policy, bool DryRun, TimeSpan LockTimeout, bool AllowDataLoss)
{
    /// <summary>Applying a reviewed plan: each tenant's planned state, by name (null: a plain publish).</summary>
    public IReadOnlyDictionary<string, PlannedTenant>? Planned { get; init; }
}

/// <summary>
/// Everything one tenant's publish will write, computed before anything is written (so plan and publish share it): the
/// snapshot (as a tree with ids, and the tenant's own workspace.json), the merge into live, what would be lost, and why it cannot go on.
/// </summary>
internal sealed record TenantPlan(
    string Tenant,
    string Branch,
    string Live,
    Commit LiveTip,
    SnapshotLine Line,
    MemoryTree SnapshotTree,
    byte[]? WorkspaceInfo,
    bool ReuseLastSnapshot,
    TreeMergeResult? Merge,
    IReadOnlyList<string> Collisions,
    IReadOnlyList<DataLossLine> DataLoss,
    IReadOnlyList<ItemKey> NoLongerManaged,
    IReadOnlyList<string> Warnings,
    bool UpToDate = false)
{
    public bool Conflicted => Merge?.HasUnresolvedConflicts == true;
}

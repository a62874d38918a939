using LibGit2Sharp;
using XanoLink.Merge;
using MergeResult = XanoLink.Merge.MergeResult;

namespace XanoLink.Git.Publish;

/// <summary>How to publish: the manifest's defaults already applied to the command's flags.</summary>
internal sealed record PublishSettings(string BranchTemplate, bool Merge, bool SetLive, MergePolicy Policy, bool DryRun, TimeSpan LockTimeout);

/// <summary>
/// Everything one tenant's publish will write, computed before anything is written (so plan and publish share it):
/// the snapshot files, the merge, what the live branch becomes, and why it cannot go on.
/// </summary>
internal sealed record TenantPlan(
    string Tenant,
    string Branch,
    string Live,
    Commit LiveTip,
    Commit? LastSnapshot,
    IReadOnlyDictionary<string, byte[]> SnapshotFiles,
    MergeResult? Merge,
    IReadOnlyDictionary<string, byte[]>? LiveResult,
    IReadOnlyList<string> Collisions,
    IReadOnlyList<string> Warnings,
    bool UpToDate)
{
    public bool Conflicted => Merge?.HasUnresolvedConflicts == true;
}

using XanoLink.Merge;

namespace XanoLink.Git.Publish;

/// <summary>
/// What to publish and how (cli.md <c>xanolink publish</c>). Null <see cref="Merge"/>, <see cref="SetLive"/> and
/// <see cref="Branch"/> take the manifest's publish defaults.
/// </summary>
/// <param name="Workspace">The source workspace folder (holding xanolink.json); its files are read from Git, at <paramref name="From"/>.</param>
/// <param name="From">The source ref to publish; null = the source's live branch.</param>
/// <param name="Tenants">Tenant names to publish to; empty = every tenant of the manifest.</param>
/// <param name="Shard">This run's share of the sorted tenant list, or null for all of it.</param>
/// <param name="DryRun">Compute everything, write nothing (plan).</param>
/// <param name="Plan">Apply exactly this reviewed plan (its source commit, settings and tenants; the other fields but Parallel, LockTimeout and Shard are ignored).</param>
/// <param name="AllowDataLoss">Publish even where tenant records would be lost (docs/publish.md); refused otherwise.</param>
public sealed record PublishRequest(
    string Workspace,
    string? From = null,
    IReadOnlyList<string>? Tenants = null,
    string? Branch = null,
    bool? Merge = null,
    bool? SetLive = null,
    MergePolicy OnConflict = MergePolicy.Fail,
    int Parallel = 1,
    Shard? Shard = null,
    bool DryRun = false,
    TimeSpan? LockTimeout = null,
    bool AllowDataLoss = false,
    PublishPlan? Plan = null)
{
    public static TimeSpan DefaultLockTimeout { get; } = TimeSpan.FromSeconds(60);
}

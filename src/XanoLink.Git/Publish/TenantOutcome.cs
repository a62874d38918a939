using XanoLink.Diff;

namespace XanoLink.Git.Publish;

/// <summary>How one tenant's publish ended (cli.md's <c>status</c>).</summary>
public enum PublishStatus
{
    /// <summary>A dry run: this is what publishing would do.</summary>
    WouldPublish,
    Published,
    UpToDate,
    Conflict,
    Failed,
}

/// <summary>
/// One tenant's result. <see cref="Commit"/> is the snapshot commit, <see cref="BranchCommit"/> the new branch's tip (the
/// snapshot, or the merge commit with --merge --set-live), <see cref="Live"/>/<see cref="LiveCommit"/> the live branch
/// afterwards. <see cref="Code"/> is the catalogue code of <see cref="Error"/> (docs/diagnostics.md). <see cref="Settled"/>
/// lists conflicts --on-conflict settled, with the side taken; <see cref="DataLoss"/> what the publish would lose (refused
/// unless --allow-data-loss); <see cref="NoLongerManaged"/> items that left the selection and stay as the tenant has them.
/// <see cref="LiveChanges"/> (plan only) is what would change in the live branch.
/// </summary>
public sealed record TenantOutcome(
    string Name,
    PublishStatus Status,
    string? Branch = null,
    string? Commit = null,
    string? BranchCommit = null,
    bool Merged = false,
    string? Live = null,
    string? LiveCommit = null,
    string? Error = null,
    IReadOnlyList<string>? Conflicts = null,
    IReadOnlyList<string>? Collisions = null,
    IReadOnlyList<string>? Warnings = null,
    DiffReport? LiveChanges = null)
{
    public string? Code { get; init; }

    public IReadOnlyList<string>? Settled { get; init; }

    public IReadOnlyList<string>? DataLoss { get; init; }

    public IReadOnlyList<string>? NoLongerManaged { get; init; }

    /// <summary>The tenant's snapshot ref when planned or published (what a plan was computed against).</summary>
    public string? SnapshotRef { get; init; }

    /// <summary>sha256 of exactly what the publish writes (snapshot tree, branch, changes to live): a plan's and its apply's must match.</summary>
    public string? Digest { get; init; }

    public bool Failed => Status is PublishStatus.Failed or PublishStatus.Conflict;

    public static string Word(PublishStatus status) => status switch
    {
        PublishStatus.WouldPublish => "would-publish",
        PublishStatus.Published => "published",
        PublishStatus.UpToDate => "up-to-date",
        PublishStatus.Conflict => "conflict",
        _ => "failed",
    };
}

/// <summary>What a run did: the manifest's publish defaults with the request's flags applied.</summary>
public sealed record EffectiveSettings(string Branch, bool Merge, bool SetLive, XanoLink.Merge.MergePolicy OnConflict, bool AllowDataLoss);

/// <summary>The whole run: the source published and each tenant's outcome, in tenant-name order.</summary>
public sealed record PublishReport(string SourceRef, string SourceCommit, IReadOnlyList<TenantOutcome> Tenants)
{
    /// <summary>sha256 of the source's xanolink.json at <see cref="SourceCommit"/>.</summary>
    public string? ManifestHash { get; init; }

    /// <summary>The settings the run used (the manifest's defaults applied to the request).</summary>
    public EffectiveSettings? Settings { get; init; }

    public bool AnyFailed => Tenants.Any(t => t.Failed);
}

namespace XanoLink.Cli.Commands;

/// <summary>What <c>xanolink publish</c> and <c>xanolink plan</c> were asked (null: the manifest's publish defaults).</summary>
internal sealed record PublishOptions(
    string Workspace,
    IReadOnlyList<string> Tenants,
    string? From,
    bool? Merge,
    bool? SetLive,
    string? Branch,
    string OnConflict,
    int Parallel,
    string? Shard,
    bool DryRun,
    int LockTimeoutSeconds,
    string Format,
    bool AllowDataLoss = false)
{
    /// <summary>publish --plan: the reviewed plan to apply.</summary>
    public string? PlanFile { get; init; }

    /// <summary>plan --out: where to write the plan document.</summary>
    public string? OutFile { get; init; }
}

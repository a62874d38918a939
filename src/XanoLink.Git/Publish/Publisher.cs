using XanoLink.Diagnostics;
using XanoLink.Manifest;
using XanoLink.Validation;

namespace XanoLink.Git.Publish;

/// <summary>
/// Publishes (or plans) a source to its tenants: reads the source once, then runs each tenant as its own all-or-nothing
/// transaction (<see cref="TenantPublish"/>), up to <see cref="PublishRequest.Parallel"/> at a time. One tenant's failure
/// never stops the others. Outcomes come back in tenant-name order, whatever order tenants finish in.
/// </summary>
public static class Publisher
{
    /// <summary>The tenants a request names, sorted and sharded; throws <see cref="UnknownTenantException"/> for an unknown name.</summary>
    public static IReadOnlyList<TenantEntry> ChooseTenants(LinkManifest manifest, IReadOnlyList<string>? names, Shard? shard)
    {
        var all = manifest.Tenants.OrderBy(t => t.Name, StringComparer.Ordinal).ToArray();
        IReadOnlyList<TenantEntry> chosen = all;
        if (names is { Count: > 0 })
        {
            foreach (var name in names.Where(n => manifest.FindTenant(n) is null))
            {
                throw new UnknownTenantException(
                    $"no tenant '{name}' in xanolink.json{Suggestions.DidYouMean(name, all.Select(t => t.Name))}; tenants: {(all.Length == 0 ? "none" : string.Join(", ", all.Select(t => t.Name)))}");
            }

            chosen = all.Where(t => names.Contains(t.Name, StringComparer.Ordinal)).ToArray();
        }

        return shard is null ? chosen : shard.Take(chosen);
    }

    /// <param name="progress">Called as each tenant finishes (from worker threads, one call at a time), with the count done so far.</param>
    public static PublishReport Run(PublishRequest request, Action<TenantOutcome, int, int>? progress = null) =>
        request.Plan is { } plan
            ? Apply(plan, request, progress)
            : Run(PublishSource.Read(request.Workspace, request.From), request, progress);

    public static PublishReport Run(PublishSource source, PublishRequest request, Action<TenantOutcome, int, int>? progress = null)
    {
        var tenants = ChooseTenants(source.Manifest, request.Tenants, request.Shard);
        var defaults = source.Manifest.Publish;
        if (request.Branch is { } branch && BranchTemplate.Problem(branch) is { } problem)
        {
            throw new UnknownTenantException($"--branch '{branch}' cannot name a branch: {problem}");
        }

        var settings = new PublishSettings(
            request.Branch ?? defaults.Branch,
            request.Merge ?? defaults.Merge,
            request.SetLive ?? defaults.SetLive,
            request.OnConflict,
            request.DryRun,
            request.LockTimeout ?? PublishRequest.DefaultLockTimeout,
            request.AllowDataLoss);

        return Run(source, tenants, settings, request.Parallel, progress);
    }

    /// <summary>
    /// Applies a reviewed plan: the source at the planned commit, the planned settings, the tenants planned to publish.
    /// When the source's ref moved since, nobody reviewed what it holds now: every tenant is refused (XL4023).
    /// </summary>
    private static PublishReport Apply(PublishPlan plan, PublishRequest request, Action<TenantOutcome, int, int>? progress)
    {
        var source = PublishSource.Read(request.Workspace, plan.SourceCommit);
        var planned = plan.Tenants.Where(t => t.Status == TenantOutcome.Word(PublishStatus.WouldPublish)).ToDictionary(t => t.Name, StringComparer.Ordinal);
        var tenants = planned.Count == 0 ? [] : ChooseTenants(source.Manifest, planned.Keys.ToArray(), request.Shard);
        var settings = new PublishSettings(plan.Branch, plan.Merge, plan.SetLive, plan.OnConflict, DryRun: false,
            request.LockTimeout ?? PublishRequest.DefaultLockTimeout, plan.AllowDataLoss)
        { Planned = planned };
        string? moved = null;
        using (var repository = WorkspaceRepository.Open(request.Workspace))
        {
            var now = repository.TryResolveCommit(plan.SourceRef)?.Sha;
            if (now != plan.SourceCommit)
            {
                moved = $"the source moved since the plan: {plan.SourceRef} is {(now is null ? "gone" : now[..12])}, the plan was made at {plan.SourceCommit[..12]}; nothing was published. Review a new plan ('xanolink plan --out FILE')";
            }
            else if (plan.ManifestHash is not null && plan.ManifestHash != source.ManifestHash)
            {
                moved = "xanolink.json differs from the one the plan was made with; nothing was published. Review a new plan";
            }
        }

        if (moved is not null)
        {
            var refused = tenants.Select(t => new TenantOutcome(t.Name, PublishStatus.Failed, Error: moved) { Code = DiagnosticCatalog.PlanStale.Code }).ToArray();
            return new PublishReport(plan.SourceRef, plan.SourceCommit, refused) { ManifestHash = source.ManifestHash, Settings = Effective(settings) };
        }

        return Run(source, tenants, settings, request.Parallel, progress) with { SourceRef = plan.SourceRef };
    }

    private static PublishReport Run(PublishSource source, IReadOnlyList<TenantEntry> tenants, PublishSettings settings, int parallel, Action<TenantOutcome, int, int>? progress)
    {
        var outcomes = new TenantOutcome[tenants.Count];
        var done = 0;
        var gate = new object();
        Parallel.For(0, tenants.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallel) }, i =>
        {
            outcomes[i] = TenantPublish.Run(tenants[i], source, settings);
            lock (gate)
            {
                done++;
                progress?.Invoke(outcomes[i], done, tenants.Count);
            }
        });

        return new PublishReport(source.Ref!, source.Commit!, outcomes) { ManifestHash = source.ManifestHash, Settings = Effective(settings) };
    }

    private static EffectiveSettings Effective(PublishSettings settings) =>
        new(settings.BranchTemplate, settings.Merge, settings.SetLive, settings.Policy, settings.AllowDataLoss);
}

/// <summary>A request that names what does not exist (an unknown tenant, a bad --branch): a usage error.</summary>
public sealed class UnknownTenantException : Exception
{
    public UnknownTenantException()
    {
    }

    public UnknownTenantException(string message)
        : base(message)
    {
    }

    public UnknownTenantException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public string Code => DiagnosticCatalog.UnknownTenant.Code;
}

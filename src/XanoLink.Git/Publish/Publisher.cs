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
        Run(PublishSource.Read(request.Workspace, request.From), request, progress);

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

        var outcomes = new TenantOutcome[tenants.Count];
        var done = 0;
        var gate = new object();
        Parallel.For(0, tenants.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, request.Parallel) }, i =>
        {
            outcomes[i] = TenantPublish.Run(tenants[i], source, settings);
            lock (gate)
            {
                done++;
                progress?.Invoke(outcomes[i], done, tenants.Count);
            }
        });

        return new PublishReport(source.Ref!, source.Commit!, outcomes);
    }
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

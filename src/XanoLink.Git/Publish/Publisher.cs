using LibGit2Sharp;
using XanoLink.Diff;
using XanoLink.Files;
using XanoLink.Manifest;
using XanoLink.Validation;

namespace XanoLink.Git.Publish;

/// <summary>
/// Publishes (or plans) a source to its tenants: reads the source once, then runs each tenant as its own all-or-nothing
/// transaction, up to <see cref="PublishRequest.Parallel"/> at a time. One tenant's failure never stops the others.
/// </summary>
public static class Publisher
{
    /// <summary>The tenants a request names, sorted and sharded; throws <see cref="PublishException"/> for an unknown name.</summary>
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
    public static PublishReport Run(PublishRequest request, Action<TenantOutcome, int, int>? progress = null)
    {
        var source = PublishSource.Read(request.Workspace, request.From);
        return Run(source, request, progress);
    }

    public static PublishReport Run(PublishSource source, PublishRequest request, Action<TenantOutcome, int, int>? progress = null)
    {
        var tenants = ChooseTenants(source.Manifest, request.Tenants, request.Shard);
        var defaults = source.Manifest.Publish;
        var settings = new PublishSettings(
            request.Branch ?? defaults.Branch,
            request.Merge ?? defaults.Merge,
            request.SetLive ?? defaults.SetLive,
            request.OnConflict,
            request.DryRun,
            request.LockTimeout ?? PublishRequest.DefaultLockTimeout);
        if (request.Branch is { } branch && BranchTemplate.Problem(branch) is { } problem)
        {
            throw new UnknownTenantException($"--branch '{branch}' cannot name a branch: {problem}");
        }

        var outcomes = new TenantOutcome[tenants.Count];
        var done = 0;
        var gate = new object();
        Parallel.For(0, tenants.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, request.Parallel) }, i =>
        {
            outcomes[i] = One(tenants[i], source, settings);
            lock (gate)
            {
                done++;
                progress?.Invoke(outcomes[i], done, tenants.Count);
            }
        });

        return new PublishReport(source.Ref, source.Commit, outcomes);
    }

    private static TenantOutcome One(TenantEntry entry, PublishSource source, PublishSettings settings)
    {
        var location = TenantLocation.Of(entry, source);
        try
        {
            if (location.IsRemote)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(location.LocalPath)!);
                using var cacheLock = settings.DryRun ? null : PublishLock.Acquire(EnsureCache(location), entry.Name, settings.LockTimeout);
                RemoteTenant.Fetch(location);
                return Local(location, source, settings, moved => RemoteTenant.Push(location, moved));
            }

            if (!Directory.Exists(location.LocalPath) || WorkspaceRepository.TryOpen(location.LocalPath) is not { } probe)
            {
                return Fail(entry.Name, $"tenant {entry.Name}: its repository {location.LocalPath} (from xanolink.json) does not exist or is not a Git repository; run 'xanolink tenant create {entry.Name}' to create it there, or fix the path");
            }

            probe.Dispose();
            using var tenantLock = settings.DryRun ? null : PublishLock.Acquire(GitDir(location.LocalPath), entry.Name, settings.LockTimeout);
            return Local(location, source, settings, push: null);
        }
        catch (TenantFailure failure)
        {
            return Fail(entry.Name, failure.Message);
        }
        catch (Exception ex) when (ex is GitWorkspaceException or LibGit2SharpException or IOException or UnauthorizedAccessException)
        {
            return Fail(entry.Name, $"tenant {entry.Name}: {ex.Message}");
        }
    }

    private static TenantOutcome Local(TenantLocation location, PublishSource source, PublishSettings settings, Action<IReadOnlyList<string>>? push)
    {
        using var tenant = WorkspaceRepository.Open(location.LocalPath);
        var plan = TenantPlanner.Plan(tenant, location.Name, source, settings);
        var live = plan.Live;
        if (plan.UpToDate)
        {
            return new TenantOutcome(location.Name, TenantStatus.UpToDate, plan.Branch, plan.LastSnapshot?.Sha, Live: live, LiveCommit: plan.LiveTip.Sha,
                Warnings: UnmergedSnapshot.Warning(tenant, plan, settings));
        }

        if (plan.Collisions.Count > 0)
        {
            return new TenantOutcome(location.Name, TenantStatus.Failed, plan.Branch, Live: live, LiveCommit: plan.LiveTip.Sha,
                Error: $"tenant {location.Name} has {plan.Collisions.Count} object(s) with the same kind and name as source objects but another guid: {string.Join("; ", plan.Collisions)}. "
                    + $"Publishing would duplicate them; give them the source's guids with 'xanolink adopt-guids --tenant {location.Name}', then publish again",
                Collisions: plan.Collisions);
        }

        var conflicts = plan.Merge?.Conflicts.Select(c => c.ToString(XanoLink.Merge.ConflictSides.Publish)).ToArray();
        if (plan.Conflicted)
        {
            return new TenantOutcome(location.Name, TenantStatus.Conflict, plan.Branch, Live: live, LiveCommit: plan.LiveTip.Sha,
                Error: $"tenant {location.Name}: the merge into '{live}' has {plan.Merge!.Conflicts.Count(c => c.Resolution == XanoLink.Merge.ConflictResolution.Unresolved)} conflict(s); the tenant was left untouched. Settle them with --on-conflict source|tenant, or edit the tenant and publish again",
                Conflicts: conflicts, LiveChanges: settings.DryRun ? LiveChanges(tenant, plan) : null);
        }

        if (settings.DryRun)
        {
            return new TenantOutcome(location.Name, TenantStatus.WouldPublish, plan.Branch, Merged: settings.Merge, Live: settings.SetLive ? plan.Branch : live,
                LiveCommit: plan.LiveTip.Sha, Conflicts: conflicts, Warnings: plan.Warnings, LiveChanges: LiveChanges(tenant, plan));
        }

        var (outcome, moved) = TenantTransaction.Apply(tenant, plan, source, settings);
        push?.Invoke(moved);
        return outcome;
    }

    /// <summary>What the live branch would become, item by item (empty when it stays as it is).</summary>
    private static DiffReport LiveChanges(WorkspaceRepository tenant, TenantPlan plan)
    {
        var live = new GitFileSource(tenant.Repository, plan.LiveTip, "", plan.Live);
        IFileSource after = plan.LiveResult is { } files ? new MemoryFileSource(files, plan.Tenant + " after publish") : live;
        return WorkspaceDiff.Compare(live, after);
    }

    private static string EnsureCache(TenantLocation location)
    {
        if (!Repository.IsValid(location.LocalPath))
        {
            Directory.CreateDirectory(location.LocalPath);
            Repository.Init(location.LocalPath, isBare: true);
        }

        return location.LocalPath;
    }

    private static string GitDir(string path)
    {
        using var repository = new Repository(Repository.Discover(path));
        return repository.Info.Path;
    }

    private static TenantOutcome Fail(string name, string message) => new(name, TenantStatus.Failed, Error: message);
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
}

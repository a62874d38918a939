using LibGit2Sharp;
using XanoLink.Diagnostics;
using XanoLink.Diff;
using XanoLink.Files;
using XanoLink.Git.Tenants;
using XanoLink.Manifest;

namespace XanoLink.Git.Publish;

/// <summary>
/// One tenant's publish, start to end: find its repository (a remote one is fetched into its cache first), take its lock
/// (clearing what a killed publish left), plan, refuse what must not happen (guid collisions, data loss, unsettled
/// conflicts), write, and push a remote one back in one atomic push. Every failure becomes the tenant's coded outcome.
/// </summary>
internal static class TenantPublish
{
    public static TenantOutcome Run(TenantEntry entry, PublishSource source, PublishSettings settings)
    {
        var notes = new List<string>();
        try
        {
            if (TenantAddress.Problem(entry.Repository) is { } problem)
            {
                return Fail(entry.Name, DiagnosticCatalog.TenantAddressInvalid, $"its repository '{TenantAddress.Printable(entry.Repository)}' in xanolink.json is not allowed: {problem}");
            }

            var location = TenantLocation.Of(entry, source.Folder, source.GitDirectory);
            if (TenantAddress.FileUrlPath(entry.Repository) is { } local)
            {
                TenantRepositories.RefuseSource(location, source, local);
            }

            if (location.IsRemote)
            {
                var cache = TenantRepositories.EnsureCache(location);
                using var cacheLock = settings.DryRun ? null : PublishLock.Acquire(cache, settings.LockTimeout, notes);
                RemoteTenant.Fetch(location);
                return Local(location, source, settings, notes, moved => RemoteTenant.Push(location, moved));
            }

            var gitDir = TenantRepositories.LocalGitDirectory(location, source);
            using var tenantLock = settings.DryRun ? null : PublishLock.Acquire(gitDir, settings.LockTimeout, notes);
            return Local(location, source, settings, notes, push: null);
        }
        catch (TenantFailure failure)
        {
            return Fail(entry.Name, failure.Code, failure.Message, notes);
        }
        catch (GitWorkspaceException ex)
        {
            return Fail(entry.Name, ex.Code, ex.Message, notes);
        }
        catch (Exception ex) when (ex is LibGit2SharpException or IOException or UnauthorizedAccessException or ArgumentException)
        {
            return Fail(entry.Name, DiagnosticCatalog.TenantReadFailed.Code, ex.Message, notes);
        }
    }

    /// <summary>
    /// The merge's "two different items want this path" conflicts are the guid collisions the error already names (with
    /// guids, where the conflict could only show blob ids); the member conflicts stay.
    /// </summary>
    private static TenantPlan WithoutCollidingPaths(TenantPlan plan)
    {
        if (plan.Merge is not { } merge)
        {
            return plan;
        }

        var colliding = plan.Collisions.Select(c => c.Split(' ', 2)[0]).ToHashSet(StringComparer.Ordinal);
        var conflicts = merge.Conflicts.Where(c => c.Member.Length > 0 || c.Item is not { } item || !colliding.Contains(item.ToString())).ToArray();
        return plan with { Merge = merge with { Conflicts = conflicts } };
    }

    private static TenantOutcome Local(TenantLocation location, PublishSource source, PublishSettings settings, List<string> notes, Action<IReadOnlyList<string>>? push)
    {
        using var tenant = WorkspaceRepository.Open(location.LocalPath!);
        var plan = TenantPlanner.Plan(tenant, location.Name, source, settings);
        plan = plan with { Warnings = [.. notes, .. plan.Warnings] };
        var planned = settings.Planned?.GetValueOrDefault(location.Name);
        if (planned is not null && plan.UpToDate)
        {
            // The plan was applied already (a rerun of the job), or the same source reached live another way: nothing
            // is left to do, and a rerun must not fail.
            plan = plan with { Warnings = [.. plan.Warnings, $"already applied: live branch '{plan.Live}' has what the plan publishes (source {source.ShortSha}); nothing was written"] };
        }
        else if (planned is not null && Stale(plan, planned, settings) is { } why)
        {
            return Fail(location.Name, DiagnosticCatalog.PlanStale, $"{why}; nothing was written. Review a new plan ('xanolink plan --out FILE')", notes);
        }

        if (plan.UpToDate)
        {
            return new TenantOutcome(location.Name, PublishStatus.UpToDate, plan.Branch.Length == 0 ? null : plan.Branch, plan.Line.Last?.Sha,
                Live: plan.Live, LiveCommit: plan.LiveTip.Sha, Warnings: plan.Warnings);
        }

        if (plan.Collisions.Count > 0)
        {
            return Outcomes.Of(WithoutCollidingPaths(plan), PublishStatus.Failed, settings) with
            {
                Code = DiagnosticCatalog.GuidCollision.Code,
                Error = $"{plan.Collisions.Count} object(s) have the same kind and name as source objects but another guid: {string.Join("; ", plan.Collisions)}. "
                    + $"Publishing would duplicate them; give them the source's guids with 'xanolink adopt-guids --tenant {location.Name}', then publish again",
            };
        }

        if (plan.DataLoss.Count > 0 && !settings.AllowDataLoss)
        {
            return Outcomes.Of(plan, PublishStatus.Failed, settings) with
            {
                Code = DiagnosticCatalog.DataLossRefused.Code,
                Error = $"publishing would lose tenant data ({plan.DataLoss.Count} finding(s), listed below); nothing was written. "
                    + "Keep the data in the source (or the selection), or publish again with --allow-data-loss to accept the loss",
                LiveChanges = settings.DryRun ? LiveChanges(tenant, plan, source, settings.SetLive) : null,
            };
        }

        if (plan.Conflicted)
        {
            var count = plan.Merge!.Conflicts.Count(c => c.Resolution == XanoLink.Merge.ConflictResolution.Unresolved);
            return Outcomes.Of(plan, PublishStatus.Conflict, settings) with
            {
                Code = DiagnosticCatalog.MergeConflict.Code,
                Error = $"the merge into '{plan.Live}' has {count} conflict(s), listed below; the tenant was left untouched. "
                    + "Settle them with --on-conflict source (take the source's) or --on-conflict tenant (keep the tenant's), or edit the tenant or the source and publish again",
                LiveChanges = settings.DryRun ? LiveChanges(tenant, plan, source, settings.SetLive) : null,
            };
        }

        if (settings.DryRun)
        {
            return Outcomes.Of(plan, PublishStatus.WouldPublish, settings) with
            {
                Live = settings.SetLive ? plan.Branch : plan.Live,
                LiveChanges = LiveChanges(tenant, plan, source, settings.SetLive),
            };
        }

        var (outcome, moved) = TenantTransaction.Apply(tenant, plan, source, settings);
        push?.Invoke(moved);
        return outcome;
    }

    /// <summary>Why a tenant no longer matches its reviewed plan; null when applying it writes exactly what was reviewed.</summary>
    private static string? Stale(TenantPlan plan, PlannedTenant planned, PublishSettings settings)
    {
        string Short(string? sha) => sha is null ? "none" : sha[..Math.Min(12, sha.Length)];
        if (plan.Live != planned.Live)
        {
            return $"its live branch is now '{plan.Live}'; the plan was made for '{planned.Live}'";
        }

        if (plan.LiveTip.Sha != planned.LiveCommit)
        {
            return $"its live branch '{plan.Live}' moved since the plan: it is at {Short(plan.LiveTip.Sha)}, the plan was made at {Short(planned.LiveCommit)}";
        }

        if (plan.Line.RefTip?.Sha != planned.SnapshotRef)
        {
            return $"its snapshot ref moved since the plan: it is at {Short(plan.Line.RefTip?.Sha)}, the plan was made at {Short(planned.SnapshotRef)}";
        }

        return plan.UpToDate || Outcomes.Digest(plan, settings) != planned.Digest
            ? "what publishing it would write is not what the plan shows"
            : null;
    }

    /// <summary>What the live branch would become, item by item (empty when it stays as it is); only changed paths are read.</summary>
    private static DiffReport LiveChanges(WorkspaceRepository tenant, TenantPlan plan, PublishSource source, bool setLive)
    {
        IEnumerable<FileChange> changes = plan.Merge?.Files ?? [];
        if (plan.Merge is null && setLive)
        {
            changes = TreeCompare.Diff(plan.LiveTip.Tree, plan.SnapshotTree)
                .Select(c => new FileChange(c.Path, c.After is null ? null : c.Path == Loading.PathLayout.WorkspaceFile ? plan.WorkspaceInfo : source.BytesById[c.After.Value.Id]));
        }

        var before = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var after = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var change in changes)
        {
            if (plan.LiveTip[change.Path]?.Target is Blob blob)
            {
                before[change.Path] = blob.GetContentStream().ReadAllBytes();
            }

            if (change.Bytes is { } bytes)
            {
                after[change.Path] = bytes;
            }
        }

        return WorkspaceDiff.Compare(new MemoryFileSource(before, plan.Live), new MemoryFileSource(after, plan.Tenant + " after publish"));
    }

    private static TenantOutcome Fail(string name, DiagnosticDescriptor descriptor, string message, IReadOnlyList<string>? notes = null) =>
        Fail(name, descriptor.Code, message, notes);

    private static TenantOutcome Fail(string name, string code, string message, IReadOnlyList<string>? notes = null) =>
        new(name, PublishStatus.Failed, Error: message, Warnings: notes is { Count: > 0 } ? notes.ToArray() : null) { Code = code };
}

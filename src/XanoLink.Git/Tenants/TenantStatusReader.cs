using XanoLink.Git.Publish;
using XanoLink.Loading;
using XanoLink.Manifest;
using XanoLink.Model;

namespace XanoLink.Git.Tenants;

/// <summary>One tenant's row of <c>xanolink status</c>.</summary>
/// <param name="UpToDate">A publish with the manifest's defaults would find nothing to do (the rule publish itself uses).</param>
/// <param name="InLive">The live branch holds the last snapshot (false when it was published without merging and never merged since).</param>
/// <param name="Drift">Source items the tenant's live branch holds differently from the snapshot it last took.</param>
/// <param name="Error">Why the tenant could not be read ("unreachable: ..." for a remote that cannot be asked); the other fields are then empty.</param>
public sealed record TenantStatus(string Name, string Repository, string? Live, PublishedSnapshot? LastPublished, bool UpToDate, bool InLive, IReadOnlyList<ItemKey> Drift, string? Error, string? Code = null);

/// <summary>Computes a tenant's status against the source with the same rules publish uses (<see cref="SnapshotLine"/>).</summary>
public static class TenantStatusReader
{
    /// <summary>Reads one tenant; a remote tenant is fetched first, so the status is the remote's, not a stale cache's.</summary>
    public static TenantStatus Read(PublishSource source, TenantEntry tenant)
    {
        if (TenantAddress.Problem(tenant.Repository) is { } invalid)
        {
            return Failed(tenant, Diagnostics.DiagnosticCatalog.TenantAddressInvalid.Code, $"its repository '{TenantAddress.Printable(tenant.Repository)}' is not allowed: {invalid}");
        }

        var location = TenantLocation.Of(tenant, source.Folder, source.GitDirectory);
        if (location.IsRemote && location.LocalPath is not null)
        {
            try
            {
                RemoteTenant.Fetch(location);
            }
            catch (TenantFailure failure)
            {
                return Failed(tenant, failure.Code, failure.Message);
            }
            catch (GitWorkspaceException ex)
            {
                return Failed(tenant, ex.Code, ex.Message);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return Failed(tenant, Diagnostics.DiagnosticCatalog.TenantReadFailed.Code, $"its cache {location.LocalPath} cannot be used: {ex.Message}");
            }
        }

        var (repository, code, problem) = TenantRepositories.Open(location);
        if (repository is null)
        {
            return Failed(tenant, code, problem!);
        }

        using (repository)
        {
            try
            {
                return Read(source, tenant, repository);
            }
            catch (GitWorkspaceException ex)
            {
                return Failed(tenant, ex.Code, ex.Message);
            }
            catch (Exception ex) when (ex is LibGit2Sharp.LibGit2SharpException or IOException)
            {
                return Failed(tenant, Diagnostics.DiagnosticCatalog.TenantReadFailed.Code, ex.Message);
            }
        }
    }

    private static TenantStatus Read(PublishSource source, TenantEntry tenant, WorkspaceRepository repository)
    {
        var live = repository.GetLive();
        var liveCommit = live is null ? null : repository.FindBranch(live)?.Tip;
        if (live is not null && liveCommit is null)
        {
            return Failed(tenant, Diagnostics.DiagnosticCatalog.TenantHasNoLive.Code, LiveMissing(live, repository.Location));
        }

        var line = SnapshotLine.Read(repository.Repository, source.Guid, liveCommit);
        var last = line.Last is { } commit ? PublishedSnapshot.Of(commit) : null;
        var defaults = source.Manifest.Publish;
        var upToDate = line.SameContent(repository.Repository, source) && (!(defaults.Merge || defaults.SetLive) || line.Delivered);
        var drift = line.Base is null || liveCommit is null ? [] : Drift(line.Base, liveCommit);
        return new TenantStatus(tenant.Name, tenant.Repository, live, last, upToDate, line.Delivered, drift, null);
    }

    /// <summary>Source items of the snapshot live took whose files live holds differently or lacks: found by comparing tree ids.</summary>
    private static ItemKey[] Drift(LibGit2Sharp.Commit taken, LibGit2Sharp.Commit live) =>
        TreeCompare.Diff(taken.Tree, live.Tree)
            .Where(c => c.Before is not null && c.Path != PathLayout.WorkspaceFile)
            .Select(c => KeyOf(c.Path))
            .OfType<ItemKey>()
            .Distinct()
            .Order()
            .ToArray();

    /// <summary>The item a file belongs to; a records file belongs to its table.</summary>
    internal static ItemKey? KeyOf(string path) => PathLayout.Classify(path) is { Role: FileRole.Object or FileRole.Records } meaning
        ? new ItemKey(meaning.Kind, meaning.Name)
        : null;

    /// <summary>What to do when the live branch (named by the live-branch record, or HEAD) has no commit.</summary>
    internal static string LiveMissing(string live, string location) =>
        $"its live branch '{live}' has no commit in {location} (a live-branch record naming a branch that is gone, or an empty repository); set the live branch with 'xanolink branch set-live NAME -w {location}', or create the tenant with 'xanolink tenant create'";

    private static TenantStatus Failed(TenantEntry tenant, string? code, string problem) =>
        new(tenant.Name, tenant.Repository, null, null, false, false, [], problem, code);
}

using XanoLink.Manifest;

namespace XanoLink.Git.Tenants;

/// <summary>Where a tenant's repository is read from: its folder, or for a URL the local cache that publish fetches into.</summary>
/// <param name="Repository">As written in xanolink.json.</param>
/// <param name="LocalPath">The folder read: the tenant's own, or the remote cache (which may not exist yet); null when unknown.</param>
public sealed record TenantLocation(string Name, string Repository, bool IsRemote, string? LocalPath);

/// <summary>
/// Finds and opens tenant repositories (PUBLISH.md). A remote tenant is read from
/// <c>&lt;source git dir&gt;/xanolink/tenants/&lt;sanitized name&gt;.git</c>; fetching it is publish's job, so a cache
/// that does not exist yet is reported as "not fetched yet".
/// </summary>
public static class TenantRepositories
{
    public static bool IsUrl(string repository) =>
        repository.Contains("://", StringComparison.Ordinal) || repository.StartsWith("git@", StringComparison.Ordinal);

    /// <summary>The remote tenant's local cache: the seam between publish (which fetches into it) and readers such as status.</summary>
    public static string RemoteCache(string sourceGitDirectory, string tenantName) =>
        Path.Combine(sourceGitDirectory, "xanolink", "tenants", BranchTemplate.Sanitize(tenantName) + ".git");

    /// <param name="workspace">The source workspace folder (holding xanolink.json): local paths are relative to it.</param>
    /// <param name="sourceGitDirectory">The source repository's git dir, for remote caches; null when the source is in no repository.</param>
    public static TenantLocation Locate(TenantEntry tenant, string workspace, string? sourceGitDirectory) => IsUrl(tenant.Repository)
        ? new TenantLocation(tenant.Name, tenant.Repository, true, sourceGitDirectory is null ? null : RemoteCache(sourceGitDirectory, tenant.Name))
        : new TenantLocation(tenant.Name, tenant.Repository, false, Path.GetFullPath(tenant.Repository, workspace));

    /// <summary>Opens the tenant's repository, or says in one sentence why it cannot be read.</summary>
    public static (WorkspaceRepository? Repository, string? Problem) Open(TenantLocation location)
    {
        if (location.LocalPath is null)
        {
            return (null, $"{location.Repository} is a remote repository and the source is in no Git repository to cache it in");
        }

        if (location.IsRemote && !Directory.Exists(location.LocalPath))
        {
            return (null, $"not fetched yet: {location.Repository} is read from the cache {location.LocalPath}, which 'xanolink publish' fills");
        }

        try
        {
            var repository = Directory.Exists(location.LocalPath) && LibGit2Sharp.Repository.IsValid(location.LocalPath)
                ? WorkspaceRepository.TryOpen(location.LocalPath)
                : null;
            return repository is null
                ? (null, $"{location.LocalPath} does not exist or is not a Git repository; run 'xanolink tenant create {location.Name}' to create it there, or fix the path in xanolink.json")
                : (repository, null);
        }
        catch (Exception ex) when (ex is LibGit2Sharp.LibGit2SharpException or GitWorkspaceException or IOException or UnauthorizedAccessException)
        {
            return (null, $"{location.LocalPath} cannot be read: {ex.Message}");
        }
    }
}

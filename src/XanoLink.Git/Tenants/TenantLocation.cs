using XanoLink.Manifest;

namespace XanoLink.Git.Tenants;

/// <summary>
/// Where a tenant's repository is (docs/publish.md): a local folder, or for a URL the local bare cache that publish and
/// status fetch into. The one model of a tenant's place: publish, plan, status, tenant list and adopt-guids all use it.
/// </summary>
/// <param name="Repository">As written in xanolink.json.</param>
/// <param name="Url">The remote URL, or null for a local tenant.</param>
/// <param name="LocalPath">The folder read and written: the tenant's own, or the remote's cache; null when a remote has no cache place (the source is in no repository).</param>
public sealed record TenantLocation(string Name, string Repository, string? Url, string? LocalPath)
{
    public bool IsRemote => Url is not null;

    /// <param name="workspace">The source workspace folder (holding xanolink.json): local paths are relative to it.</param>
    /// <param name="sourceGitDirectory">The source repository's git dir, where remote caches live; null when the source is in no repository.</param>
    public static TenantLocation Of(TenantEntry tenant, string workspace, string? sourceGitDirectory) => TenantAddress.IsRemote(tenant.Repository)
        ? new TenantLocation(tenant.Name, tenant.Repository, tenant.Repository, sourceGitDirectory is null ? null : CachePath(sourceGitDirectory, tenant.Name))
        : new TenantLocation(tenant.Name, tenant.Repository, null, Path.GetFullPath(tenant.Repository, workspace));

    /// <summary>A remote tenant's cache: &lt;source git dir&gt;/xanolink/tenants/&lt;name&gt;-&lt;hash&gt;.git.</summary>
    public static string CachePath(string sourceGitDirectory, string tenantName) =>
        Path.Combine(sourceGitDirectory, "xanolink", "tenants", TenantAddress.CacheFolderName(tenantName));
}

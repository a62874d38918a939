using XanoLink.Manifest;

namespace XanoLink.Git.Publish;

/// <summary>Where a tenant's repository is: a local folder (relative to the manifest's folder) or a URL, with a local bare cache.</summary>
public sealed record TenantLocation(string Name, string Repository, string LocalPath, string? Url)
{
    public bool IsRemote => Url is not null;

    public static TenantLocation Of(TenantEntry tenant, PublishSource source)
    {
        var repo = tenant.Repository;
        if (IsUrl(repo))
        {
            var cache = Path.Combine(source.CacheFolder, BranchTemplate.Sanitize(tenant.Name) + ".git");
            return new TenantLocation(tenant.Name, repo, cache, repo);
        }

        return new TenantLocation(tenant.Name, repo, Path.GetFullPath(repo, source.Folder), null);
    }

    public static bool IsUrl(string repository) =>
        repository.Contains("://", StringComparison.Ordinal) || (repository.StartsWith("git@", StringComparison.Ordinal) && repository.Contains(':', StringComparison.Ordinal));
}

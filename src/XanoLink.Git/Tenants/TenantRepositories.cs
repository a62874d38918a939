using XanoLink.Diagnostics;
using XanoLink.Git.Publish;

namespace XanoLink.Git.Tenants;

/// <summary>
/// Finds and opens tenant repositories (docs/publish.md): a local one where xanolink.json says, a remote one through its
/// cache (which publish and status fetch into). Refuses a tenant that is the source's own repository.
/// </summary>
public static class TenantRepositories
{
    /// <summary>A remote tenant's cache, created (bare, empty) when missing; fetching fills it.</summary>
    public static string EnsureCache(TenantLocation location)
    {
        var path = location.LocalPath ?? throw new GitWorkspaceException(GitProblem.TenantNotFound,
            $"{location.Repository} is a remote repository and the source is in no Git repository to cache it in; commit the source first");
        if (!LibGit2Sharp.Repository.IsValid(path))
        {
            Directory.CreateDirectory(path);
            LibGit2Sharp.Repository.Init(path, isBare: true);
        }

        return path;
    }

    /// <summary>The git dir of a local tenant, after checking it exists, is a repository and is not the source's own.</summary>
    internal static string LocalGitDirectory(TenantLocation location, PublishSource source)
    {
        var path = location.LocalPath!;
        RefuseSource(location, source, path);
        var gitDir = Directory.Exists(path) ? LibGit2Sharp.Repository.Discover(path) : null;
        if (gitDir is null)
        {
            throw new TenantFailure(DiagnosticCatalog.TenantMissing,
                $"its repository {path} (from xanolink.json) does not exist or is not a Git repository; run 'xanolink tenant create {location.Name}' to create it there, or fix the path");
        }

        return gitDir;
    }

    /// <summary>
    /// Refuses a tenant whose repository, at <paramref name="path"/> (a folder, or a file:// URL's), is the source's own,
    /// whichever way it is named: ".", a folder inside the source, a symbolic link to it, a file:// URL.
    /// </summary>
    internal static void RefuseSource(TenantLocation location, PublishSource source, string path)
    {
        if (source.GitDirectory is not { } sourceGit || !Directory.Exists(path))
        {
            return;
        }

        var gitDir = LibGit2Sharp.Repository.Discover(RealPath(path));
        if (gitDir is not null && SamePath(RealPath(gitDir), RealPath(sourceGit)))
        {
            throw new TenantFailure(DiagnosticCatalog.TenantIsSource,
                $"its repository '{XanoLink.Manifest.TenantAddress.Printable(location.Repository)}' is the source's own repository ({Path.TrimEndingDirectorySeparator(path)}); a tenant needs a repository of its own: fix xanolink.json, or create one with 'xanolink tenant create NAME PATH'");
        }
    }

    /// <summary>The path with every symbolic link along it resolved.</summary>
    private static string RealPath(string path)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        var parts = full.Split(Path.DirectorySeparatorChar);
        var current = parts[0].Length == 0 ? Path.DirectorySeparatorChar.ToString() : parts[0] + Path.DirectorySeparatorChar;
        foreach (var part in parts.Skip(1).Where(p => p.Length > 0))
        {
            current = Path.Combine(current, part);
            for (var hops = 0; hops < 40 && new DirectoryInfo(current).LinkTarget is { } target; hops++)
            {
                current = Path.GetFullPath(target, Path.GetDirectoryName(current)!);
            }
        }

        return current;
    }

    /// <summary>Opens the tenant's repository for reading, or says in one coded sentence why it cannot be read.</summary>
    public static (WorkspaceRepository? Repository, string? Code, string? Problem) Open(TenantLocation location)
    {
        if (location.LocalPath is null)
        {
            return (null, DiagnosticCatalog.TenantMissing.Code, $"{location.Repository} is a remote repository and the source is in no Git repository to cache it in");
        }

        try
        {
            var repository = Directory.Exists(location.LocalPath) && LibGit2Sharp.Repository.IsValid(location.LocalPath)
                ? WorkspaceRepository.TryOpen(location.LocalPath)
                : null;
            return repository is null
                ? (null, DiagnosticCatalog.TenantMissing.Code, $"{location.LocalPath} does not exist or is not a Git repository; run 'xanolink tenant create {location.Name}' to create it there, or fix the path in xanolink.json")
                : (repository, null, null);
        }
        catch (Exception ex) when (ex is LibGit2Sharp.LibGit2SharpException or GitWorkspaceException or IOException or UnauthorizedAccessException or ArgumentException)
        {
            return (null, DiagnosticCatalog.TenantReadFailed.Code, $"{location.LocalPath} cannot be read: {ex.Message}");
        }
    }

    private static bool SamePath(string a, string b) =>
        string.Equals(Path.TrimEndingDirectorySeparator(Path.GetFullPath(a)), Path.TrimEndingDirectorySeparator(Path.GetFullPath(b)), StringComparison.Ordinal);
}

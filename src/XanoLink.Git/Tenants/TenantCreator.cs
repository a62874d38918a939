using LibGit2Sharp;
using Newtonsoft.Json.Linq;
using XanoLink.Json;

namespace XanoLink.Git.Tenants;

/// <summary>What <see cref="TenantCreator.Create"/> made.</summary>
/// <param name="Repository">The repository as written in xanolink.json: relative to the manifest's folder, '/'-separated.</param>
public sealed record CreatedTenant(string Name, string Repository, string FullPath, string Guid, string Branch, string Commit);

/// <summary>
/// <c>xanolink tenant create</c>: a new bare repository whose branch <c>main</c> holds an empty workspace (its own guid, the
/// tenant's name), recorded as live, registered in the source's xanolink.json.
/// </summary>
public static class TenantCreator
{
    public const string Branch = "main";

    /// <param name="workspace">The source workspace folder: xanolink.json lives there and the path is stored relative to it.</param>
    /// <param name="name">The tenant's name (convention product:client).</param>
    /// <param name="path">Where the bare repository goes: must not exist, or be an empty folder. Null for a tenant xanolink.json
    /// already lists: its repository is made where the manifest says (so a manifest written first, like the example's, can be brought to life).</param>
    public static CreatedTenant Create(string workspace, string name, string? path)
    {
        if (Manifest.TenantNames.Problem(name) is { } problem)
        {
            throw new GitWorkspaceException(GitProblem.InvalidBranchName, $"'{Manifest.TenantAddress.Printable(name)}' cannot be a tenant name: {problem} (convention product:client, such as shop:acme)");
        }

        if (path is not null && Manifest.TenantAddress.Problem(path) is { } bad)
        {
            throw new GitWorkspaceException(GitProblem.TenantAddressInvalid, $"'{Manifest.TenantAddress.Printable(path)}' cannot be a tenant's repository: {bad}");
        }

        var registered = ManifestTenants.Read(workspace).FirstOrDefault(t => t.Name == name);
        var full = Target(workspace, name, path, registered);
        if (File.Exists(full) || (Directory.Exists(full) && Directory.EnumerateFileSystemEntries(full).Any()))
        {
            throw new GitWorkspaceException(GitProblem.PathNotEmpty, $"{full} already exists and is not empty; choose a new path for the tenant repository");
        }

        Repository.Init(full, isBare: true);
        string guid;
        string commit;
        using (var repository = new Repository(full))
        {
            repository.Refs.UpdateTarget("HEAD", "refs/heads/" + Branch, "xanolink: tenant create");
            guid = System.Guid.NewGuid().ToString("N");
            var info = new JObject { ["guid"] = guid, ["name"] = name };
            var tree = TreeWriter.Write(repository, new Dictionary<string, byte[]> { ["workspace.json"] = CanonicalJson.ToBytes(info) });
            var created = ObjectWriter.Commit(repository, $"Create tenant workspace {name}\n", tree, []);
            RefMoves.Move(repository, "refs/heads/" + Branch, null, created.Id, "xanolink: tenant create");
            commit = created.Sha;
        }

        using (var workspaceRepository = WorkspaceRepository.Open(full))
        {
            workspaceRepository.SetLive(Branch, CommitSignatures.Author(workspaceRepository.Repository), $"Tenant {name} created");
        }

        var relative = registered?.Repository ?? Path.GetRelativePath(Path.GetFullPath(workspace), full).Replace('\\', '/');
        if (registered is null)
        {
            ManifestTenants.Add(workspace, name, relative);
        }

        return new CreatedTenant(name, relative, full, guid, Branch, commit);
    }

    private static string Target(string workspace, string name, string? path, Manifest.TenantEntry? registered)
    {
        if (registered is null)
        {
            ManifestTenants.EnsureNew(workspace, name);
            return path is null
                ? throw new GitWorkspaceException(GitProblem.PathNotEmpty, $"tenant '{name}' is not in xanolink.json, so pass the PATH where its repository goes: xanolink tenant create {name} PATH")
                : Path.GetFullPath(path);
        }

        if (XanoLink.Manifest.TenantAddress.IsRemote(registered.Repository))
        {
            throw new GitWorkspaceException(GitProblem.TenantExists, $"tenant '{name}' is registered with the URL {registered.Repository}; create that repository on its server (or with 'xanolink tenant create' there) instead");
        }

        var listed = Path.GetFullPath(registered.Repository, Path.GetFullPath(workspace));
        if (Directory.Exists(listed) && Directory.EnumerateFileSystemEntries(listed).Any())
        {
            throw new GitWorkspaceException(GitProblem.TenantExists, $"tenant '{name}' already exists: xanolink.json lists it with repository {registered.Repository}, and {listed} is not empty; use another name for a new tenant");
        }

        if (path is not null && !string.Equals(Path.GetFullPath(path), listed, StringComparison.Ordinal))
        {
            throw new GitWorkspaceException(GitProblem.TenantExists, $"tenant '{name}' is already in xanolink.json with repository {registered.Repository}; leave PATH out to create that repository, or pick another name");
        }

        return listed;
    }
}

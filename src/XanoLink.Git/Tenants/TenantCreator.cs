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
    /// <param name="path">Where the bare repository goes: must not exist, or be an empty folder.</param>
    public static CreatedTenant Create(string workspace, string name, string path)
    {
        if (name.Trim().Length == 0 || name.Any(char.IsControl))
        {
            throw new GitWorkspaceException(GitProblem.InvalidBranchName, $"'{name}' cannot be a tenant name: it needs visible characters (convention product:client, such as shop:acme)");
        }

        ManifestTenants.EnsureNew(workspace, name);
        var full = Path.GetFullPath(path);
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
            var tree = ObjectWriter.Replace(repository, repository.ObjectDatabase.CreateTree(new TreeDefinition()), new Dictionary<string, byte[]> { ["workspace.json"] = CanonicalJson.ToBytes(info) });
            var created = ObjectWriter.Commit(repository, $"Create tenant workspace {name}\n", tree, []);
            ObjectWriter.MoveBranch(repository, Branch, expected: null, created.Id, "xanolink: tenant create");
            commit = created.Sha;
        }

        using (var workspaceRepository = WorkspaceRepository.Open(full))
        {
            workspaceRepository.SetLive(Branch, CommitSignatures.Author(workspaceRepository.Repository), $"Tenant {name} created");
        }

        var relative = Path.GetRelativePath(Path.GetFullPath(workspace), full).Replace('\\', '/');
        ManifestTenants.Add(workspace, name, relative);
        return new CreatedTenant(name, relative, full, guid, Branch, commit);
    }
}

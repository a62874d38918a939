using XanoLink.Files;
using XanoLink.Loading;
using XanoLink.Manifest;

namespace XanoLink.Git;

/// <summary>
/// Turns a SIDE of <c>xanolink diff</c> (cli.md) into files: REF, PATH, PATH@REF or tenant:NAME[@REF].
/// A string that is both a ref and a folder means the ref; write <c>./NAME</c> for the folder (docs/live-branch.md).
/// Holds the repositories it opens; dispose it after the sides' files have been read.
/// </summary>
public sealed class SideResolver : IDisposable
{
    private const string TenantPrefix = "tenant:";

    private readonly List<WorkspaceRepository> opened = [];
    private readonly Lazy<WorkspaceRepository?> own;

    /// <param name="workspace">The workspace folder (holding workspace.json, and xanolink.json for tenant sides).</param>
    /// <param name="currentDirectory">What relative PATH sides are relative to.</param>
    public SideResolver(string workspace, string currentDirectory)
    {
        Workspace = Path.GetFullPath(workspace);
        CurrentDirectory = currentDirectory;
        own = new Lazy<WorkspaceRepository?>(() => Track(WorkspaceRepository.TryOpen(Workspace)));
    }

    public string Workspace { get; }

    public string CurrentDirectory { get; }

    /// <summary>The workspace's own repository, or null when it is in none.</summary>
    public WorkspaceRepository? Repository => own.Value;

    public ResolvedSide Resolve(string side)
    {
        if (side.StartsWith(TenantPrefix, StringComparison.Ordinal))
        {
            return Tenant(side[TenantPrefix.Length..]);
        }

        if (!LooksLikePath(side) && Repository?.TryResolveCommit(side) is { } commit)
        {
            return new ResolvedSide(new GitFileSource(Repository.Repository, commit, Repository.Subfolder, side), side, SideKind.Ref, commit.Sha);
        }

        if (SplitAtRef(side) is var (folder, reference))
        {
            return FolderAtRef(side, folder, reference);
        }

        var full = Path.GetFullPath(side, CurrentDirectory);
        if (Directory.Exists(full))
        {
            return new ResolvedSide(new FolderFileSource(full), side, SideKind.Folder, null);
        }

        throw NotFound(side);
    }

    /// <summary>The workspace at its repository's live branch: diff's default left side.</summary>
    public ResolvedSide Live()
    {
        var repository = Repository ?? throw new GitWorkspaceException(GitProblem.NotARepository,
            $"the workspace {Workspace} is not in a Git repository, so it has no live branch; name both sides, or run 'git init' and commit it");
        var live = repository.GetLive() ?? throw new GitWorkspaceException(GitProblem.RefNotFound,
            $"{repository.Location} has no live branch yet (no commits); commit the workspace first");
        var source = repository.Source(live);
        return new ResolvedSide(source, live, SideKind.Ref, source.Commit);
    }

    public void Dispose()
    {
        foreach (var repository in opened)
        {
            repository.Dispose();
        }

        opened.Clear();
    }

    private ResolvedSide FolderAtRef(string side, string folder, string reference)
    {
        var repository = Track(WorkspaceRepository.TryOpen(folder)) ?? throw new GitWorkspaceException(GitProblem.NotARepository,
            $"'{side}': the folder '{folder}' is not inside a Git repository, so it has no '{reference}'; drop '@{reference}' to compare the folder as it is on disk");
        var source = repository.Source(reference);
        return new ResolvedSide(source, side, SideKind.FolderAtRef, source.Commit);
    }

    private ResolvedSide Tenant(string text)
    {
        var at = text.IndexOf('@', StringComparison.Ordinal);
        var name = at < 0 ? text : text[..at];
        var reference = at < 0 ? null : text[(at + 1)..];
        var manifest = ReadManifest(name);
        var tenant = manifest.FindTenant(name) ?? throw new GitWorkspaceException(GitProblem.TenantNotFound,
            $"no tenant '{name}' in {Path.Combine(Workspace, "xanolink.json")}; tenants: {(manifest.Tenants.Count == 0 ? "none" : string.Join(", ", manifest.Tenants.Select(t => t.Name)))}");
        if (TenantAddress.Parse(tenant.Repository, out _) is not { Kind: TenantAddressKind.LocalPath })
        {
            throw new GitWorkspaceException(GitProblem.SideNotFound,
                $"tenant '{name}' lives at {tenant.Repository}, which is not a local folder; clone it and compare PATH@REF instead");
        }

        var folder = Path.GetFullPath(tenant.Repository, Workspace);
        var repository = Track(WorkspaceRepository.TryOpen(folder)) ?? throw new GitWorkspaceException(GitProblem.SideNotFound,
            $"tenant '{name}': its repository {folder} (from xanolink.json) does not exist or is not a Git repository; run 'xanolink tenant create {name}' to create it there, or fix the path");
        reference ??= repository.GetLive() ?? throw new GitWorkspaceException(GitProblem.RefNotFound, $"tenant '{name}': {repository.Location} has no commits yet, so no live branch");
        var source = repository.Source(reference);
        return new ResolvedSide(source, $"{TenantPrefix}{name}@{reference}", SideKind.Tenant, source.Commit);
    }

    private LinkManifest ReadManifest(string tenant)
    {
        var file = Path.Combine(Workspace, "xanolink.json");
        if (!File.Exists(file))
        {
            throw new GitWorkspaceException(GitProblem.TenantNotFound, $"'tenant:{tenant}': the workspace {Workspace} has no xanolink.json, so it names no tenants");
        }

        // Only the manifest is loaded: a one-file source, not the whole workspace.
        var bytes = File.ReadAllBytes(file);
        var source = new MemoryFileSource(new Dictionary<string, byte[]> { ["xanolink.json"] = bytes }, file);
        var manifestFile = WorkspaceLoader.Load(source).Workspace.Manifest ?? throw new GitWorkspaceException(GitProblem.TenantNotFound,
            $"'tenant:{tenant}': {file} cannot be read as JSON; run 'xanolink validate' to see why");
        return ManifestReader.Read(manifestFile).Manifest;
    }

    /// <summary>PATH@REF: split at the last '@' when what is before it is a folder (never at Git's "@{").</summary>
    private (string Folder, string Ref)? SplitAtRef(string side)
    {
        var at = side.LastIndexOf('@');
        if (at <= 0 || at == side.Length - 1 || side[(at + 1)..].StartsWith('{'))
        {
            return null;
        }

        var folder = Path.GetFullPath(side[..at], CurrentDirectory);
        return Directory.Exists(folder) ? (folder, side[(at + 1)..]) : null;
    }

    private static bool LooksLikePath(string side) =>
        side is "." or ".." || side.StartsWith('/') || side.StartsWith("./", StringComparison.Ordinal) || side.StartsWith("../", StringComparison.Ordinal)
        || side.StartsWith('~') || side.Contains('\\', StringComparison.Ordinal) || Path.IsPathRooted(side);

    private GitWorkspaceException NotFound(string side)
    {
        var repository = Repository;
        var refs = repository is null
            ? $"'{side}' cannot be a branch, tag or commit (the workspace {Workspace} is in no Git repository)"
            : $"'{side}' is not a branch, tag or commit of {repository.Location} (branches: {string.Join(", ", repository.Branches())})";
        return new GitWorkspaceException(GitProblem.SideNotFound,
            $"{refs}, and there is no folder '{Path.GetFullPath(side, CurrentDirectory)}'; a side is REF, PATH, PATH@REF or tenant:NAME[@REF]");
    }

    private WorkspaceRepository? Track(WorkspaceRepository? repository)
    {
        if (repository is not null)
        {
            opened.Add(repository);
        }

        return repository;
    }
}

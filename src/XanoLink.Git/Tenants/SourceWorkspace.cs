using System.Security.Cryptography;
using Newtonsoft.Json.Linq;
using XanoLink.Files;
using XanoLink.Loading;
using XanoLink.Manifest;
using XanoLink.Model;
using XanoLink.Publish;
using XanoLink.Selection;

namespace XanoLink.Git.Tenants;

/// <summary>
/// The source workspace as tenants commands read it: its live branch from Git, or, when the workspace is in no Git
/// repository (or one without commits), the folder on disk. Loaded and selected lazily, once.
/// </summary>
public sealed class SourceWorkspace : IDisposable
{
    private readonly Lazy<Workspace> workspace;
    private readonly Lazy<Snapshot> snapshot;

    private SourceWorkspace(string folder, WorkspaceRepository? repository, IFileSource files, string? reference, string? commit)
    {
        Folder = folder;
        Repository = repository;
        Files = files;
        Ref = reference;
        Commit = commit;
        workspace = new Lazy<Workspace>(() => WorkspaceLoader.Load(Files).Workspace);
        snapshot = new Lazy<Snapshot>(BuildSnapshot);
    }

    /// <summary>The workspace folder on disk (holding xanolink.json).</summary>
    public string Folder { get; }

    public WorkspaceRepository? Repository { get; }

    public IFileSource Files { get; }

    /// <summary>The live branch read, or null for the folder on disk.</summary>
    public string? Ref { get; }

    /// <summary>The full sha read, or null for the folder on disk.</summary>
    public string? Commit { get; }

    public string? GitDirectory => Repository?.Repository.Info.Path;

    public Workspace Workspace => workspace.Value;

    /// <summary>What publish would send from this state of the source (its manifest's selection).</summary>
    public Snapshot Snapshot => snapshot.Value;

    public static SourceWorkspace Open(string folder)
    {
        var full = Path.GetFullPath(folder);
        var repository = WorkspaceRepository.TryOpen(full);
        if (repository?.GetLive() is { } live && repository.TryResolveCommit(live) is not null)
        {
            var source = repository.Source(live);
            return new SourceWorkspace(full, repository, source, live, source.Commit);
        }

        repository?.Dispose();
        return new SourceWorkspace(full, null, new FolderFileSource(full), null, null);
    }

    /// <summary>The guid in workspace.json; read alone, without loading the workspace.</summary>
    public string Guid()
    {
        var file = Files.Files().FirstOrDefault(f => f.Path == PathLayout.WorkspaceFile)
            ?? throw new GitWorkspaceException(GitProblem.SideNotFound, $"the source {Files.Description} has no workspace.json");
        return JObject.Parse(System.Text.Encoding.UTF8.GetString(file.ReadAllBytes()))["guid"] is JValue { Type: JTokenType.String } guid
            ? (string)guid!
            : throw new GitWorkspaceException(GitProblem.SideNotFound, $"the source's workspace.json ({Files.Description}) has no guid; run 'xanolink validate'");
    }

    /// <summary>sha256 hex of the xanolink.json bytes read (PUBLISH.md's XanoLink-Manifest); null when there is none.</summary>
    public string? ManifestHash() =>
        Files.Files().FirstOrDefault(f => f.Path == PathLayout.ManifestFile) is { } file
            ? Convert.ToHexStringLower(SHA256.HashData(file.ReadAllBytes()))
            : null;

    public void Dispose() => Repository?.Dispose();

    private Snapshot BuildSnapshot()
    {
        var ws = Workspace;
        var manifest = ws.Manifest is null ? LinkManifest.Empty() : ManifestReader.Read(ws.Manifest).Manifest;
        return SnapshotBuilder.Build(ws, Selector.Select(ws, manifest).Selection);
    }
}

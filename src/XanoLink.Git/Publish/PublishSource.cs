using System.Security.Cryptography;
using LibGit2Sharp;
using XanoLink.Diagnostics;
using XanoLink.Files;
using XanoLink.Git.Tenants;
using XanoLink.Manifest;
using XanoLink.Model;
using XanoLink.Publish;
using XanoLink.Validation;

namespace XanoLink.Git.Publish;

/// <summary>
/// The source side of publish, plan, status and tenant list: the one reader, so they never disagree. The workspace is
/// read at one commit (from Git, never from disk: what is published is a commit someone can name), validated, and its
/// manifest's selection turned into the snapshot every tenant is compared with. Read once per run and shared by every
/// tenant. Only status and tenant list accept a source in no Git repository (read from the folder; nothing to publish).
/// </summary>
public sealed class PublishSource
{
    private readonly object gate = new();
    private readonly Dictionary<string, bool> newerCache = new(StringComparer.Ordinal);
    private MemoryTree? snapshotTree;
    private IReadOnlyDictionary<string, byte[]>? bytesById;

    private PublishSource(string folder, string? gitDirectory, string? @ref, string? commit, ValidationReport report, string? manifestHash, Signature signature, Signature committer, bool explicitFrom)
    {
        Folder = folder;
        GitDirectory = gitDirectory;
        Ref = @ref;
        Commit = commit;
        Report = report;
        ManifestHash = manifestHash;
        Signature = signature;
        Committer = committer;
        ExplicitFrom = explicitFrom;
        Errors = report.Diagnostics.Where(d => d.Severity == Severity.Error).ToArray();
        Manifest = report.Manifest ?? LinkManifest.Empty();
        Info = report.Workspace.Info;
        if (Errors.Count == 0 && report.Selection is { } selection && report.Workspace.Manifest is not null)
        {
            Snapshot = SnapshotBuilder.Build(report.Workspace, selection);
            BlobIds = Snapshot.Files.ToDictionary(kv => kv.Key, kv => GitBlobId.Of(kv.Value), StringComparer.Ordinal);
        }
    }

    /// <summary>The workspace folder on disk: tenant paths in the manifest are relative to it.</summary>
    public string Folder { get; }

    /// <summary>The source repository's git dir (remote tenants are cached below it); null for a folder in no repository.</summary>
    public string? GitDirectory { get; }

    /// <summary>The ref read (--from, else the live branch); null for a folder in no repository.</summary>
    public string? Ref { get; }

    /// <summary>The full sha read; null for a folder in no repository.</summary>
    public string? Commit { get; }

    public string ShortSha => Commit is null ? "folder" : Commit[..7];

    /// <summary>True when the commit was named with --from: an older commit then replaces a newer one on purpose.</summary>
    public bool ExplicitFrom { get; }

    public ValidationReport Report { get; }

    public Workspace Workspace => Report.Workspace;

    /// <summary>The source's errors; publish refuses to start when there are any.</summary>
    public IReadOnlyList<Diagnostic> Errors { get; }

    public WorkspaceInfo? Info { get; }

    public string Name => Info?.Name ?? "source";

    public string Guid => Info?.Guid ?? "";

    public LinkManifest Manifest { get; }

    /// <summary>sha256 (hex) of xanolink.json's bytes at <see cref="Commit"/>; null when there is none.</summary>
    public string? ManifestHash { get; }

    /// <summary>What the source sends (its selection); null when the source has errors or no manifest.</summary>
    public Snapshot? Snapshot { get; }

    /// <summary>Snapshot path -> git blob id, computed once for every tenant.</summary>
    public IReadOnlyDictionary<string, string> BlobIds { get; } = new Dictionary<string, string>();

    /// <summary>The snapshot as a Git tree with its ids (workspace.json aside), built once: tenants compare their trees with it by id.</summary>
    internal MemoryTree SnapshotTree => LazyInitializer.EnsureInitialized(ref snapshotTree, () => MemoryTree.Of(BlobIds));

    /// <summary>Snapshot bytes by blob id, for the few files a tenant's merge reads.</summary>
    internal IReadOnlyDictionary<string, byte[]> BytesById => LazyInitializer.EnsureInitialized(ref bytesById, () =>
        Snapshot?.Files.GroupBy(kv => BlobIds[kv.Key]).ToDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal) ?? new Dictionary<string, byte[]>());

    /// <summary>Who the snapshot and merge commits are by.</summary>
    public Signature Signature { get; }

    public Signature Committer { get; }

    public string SnapshotRef => PublishedSnapshot.RefPrefix + Guid;

    /// <summary>Reads the source for publish: from Git at <paramref name="from"/> (default: its live branch); throws when it cannot be published.</summary>
    public static PublishSource Read(string workspaceFolder, string? from)
    {
        var source = Open(workspaceFolder, from, requireGit: true);
        if (source.Errors.Count > 0)
        {
            throw new PublishException(DiagnosticCatalog.SourceInvalid,
                $"the source workspace at {source.Ref} ({source.Commit![..12]}) has {source.Errors.Count} error(s); nothing was published. Fix them and commit (see 'xanolink validate'):\n"
                + string.Join('\n', source.Errors.Take(20).Select(e => "  " + e)));
        }

        if (source.Snapshot is null || source.Info is null)
        {
            throw new PublishException(DiagnosticCatalog.SourceHasNoManifest,
                $"the source workspace at {source.Ref} ({source.Commit![..12]}) has no xanolink.json, so it names nothing to publish and no tenants; add one and commit it");
        }

        return source;
    }

    /// <summary>
    /// Reads the source as status and tenant list see it: from Git at <paramref name="from"/> or the live branch; a folder in
    /// no repository (or one without commits) is read from disk. Never throws for errors in the workspace: see <see cref="Errors"/>.
    /// </summary>
    public static PublishSource Open(string workspaceFolder, string? from = null, bool requireGit = false)
    {
        var folder = Path.GetFullPath(workspaceFolder);
        using var repository = requireGit ? WorkspaceRepository.Open(folder) : WorkspaceRepository.TryOpen(folder);
        var reference = from ?? repository?.GetLive();
        if (repository is null || reference is null || (from is null && repository.TryResolveCommit(reference) is null))
        {
            if (requireGit)
            {
                throw new PublishException(DiagnosticCatalog.SourceInvalid,
                    $"the source repository {repository?.Location ?? folder} has no live branch yet (no commits); commit the workspace first, or pass --from");
            }

            var files = new FolderFileSource(folder);
            return new PublishSource(folder, repository?.Repository.Info.Path, null, null, WorkspaceValidation.Run(files), Hash(files),
                CommitSignatures.Author(null), CommitSignatures.Committer(null), explicitFrom: false);
        }

        var source = repository.Source(reference);
        return new PublishSource(folder, repository.Repository.Info.Path, reference, source.Commit, WorkspaceValidation.Run(source), Hash(source),
            CommitSignatures.Author(repository.Repository), CommitSignatures.Committer(repository.Repository), explicitFrom: from is not null);
    }

    /// <summary>
    /// True when <paramref name="otherCommit"/> (a source commit a tenant already has) is a strict descendant of this
    /// source's commit: publishing this one would go back in time.
    /// </summary>
    public bool IsOlderThan(string? otherCommit)
    {
        if (otherCommit is null || Commit is null || GitDirectory is null || otherCommit == Commit)
        {
            return false;
        }

        lock (gate)
        {
            if (newerCache.TryGetValue(otherCommit, out var known))
            {
                return known;
            }

            using var repository = new Repository(GitDirectory);
            var mine = repository.Lookup<LibGit2Sharp.Commit>(Commit);
            var other = ObjectId.TryParse(otherCommit, out var id) ? repository.Lookup<LibGit2Sharp.Commit>(id) : null;
            var older = mine is not null && other is not null && repository.ObjectDatabase.FindMergeBase(mine, other)?.Id == mine.Id;
            newerCache[otherCommit] = older;
            return older;
        }
    }

    private static string? Hash(IFileSource files) =>
        files.Files().FirstOrDefault(f => f.Path == Loading.PathLayout.ManifestFile) is { } file
            ? Convert.ToHexStringLower(SHA256.HashData(file.ReadAllBytes()))
            : null;
}

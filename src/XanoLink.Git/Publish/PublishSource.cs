using System.Security.Cryptography;
using LibGit2Sharp;
using XanoLink.Diagnostics;
using XanoLink.Files;
using XanoLink.Manifest;
using XanoLink.Model;
using XanoLink.Publish;
using XanoLink.Validation;

namespace XanoLink.Git.Publish;

/// <summary>
/// The source side of a publish, read once and shared by every tenant: the workspace at one commit (from Git, never
/// from disk), its manifest, the snapshot of its selection and each snapshot file's blob id.
/// </summary>
public sealed class PublishSource
{
    private PublishSource(string folder, string @ref, string commit, WorkspaceInfo info, LinkManifest manifest, string manifestHash, Snapshot snapshot, Signature signature, Signature committer)
    {
        Folder = folder;
        Ref = @ref;
        Commit = commit;
        Info = info;
        Manifest = manifest;
        ManifestHash = manifestHash;
        Snapshot = snapshot;
        Signature = signature;
        Committer = committer;
        BlobIds = snapshot.Files.ToDictionary(kv => kv.Key, kv => GitBlobId.Of(kv.Value), StringComparer.Ordinal);
    }

    /// <summary>The workspace folder on disk: tenant paths in the manifest are relative to it.</summary>
    public string Folder { get; }

    public string Ref { get; }

    public string Commit { get; }

    public string ShortSha => Commit[..7];

    public WorkspaceInfo Info { get; }

    public LinkManifest Manifest { get; }

    /// <summary>sha256 (hex) of xanolink.json's bytes at <see cref="Commit"/>.</summary>
    public string ManifestHash { get; }

    public Snapshot Snapshot { get; }

    /// <summary>Snapshot path -> git blob id, computed once for every tenant.</summary>
    public IReadOnlyDictionary<string, string> BlobIds { get; }

    /// <summary>Who the snapshot and merge commits are by.</summary>
    public Signature Signature { get; }

    public Signature Committer { get; }

    /// <summary>Where remote tenants are cached: &lt;source git dir&gt;/xanolink/tenants.</summary>
    public string CacheFolder { get; private init; } = "";

    public string SnapshotRef => "refs/xanolink/snapshots/" + Info.Guid;

    public static PublishSource Read(string workspaceFolder, string? from)
    {
        using var repository = WorkspaceRepository.Open(workspaceFolder);
        var reference = from ?? repository.GetLive() ?? throw new PublishException(
            $"the source repository {repository.Location} has no live branch yet (no commits); commit the workspace first, or pass --from");
        var source = repository.Source(reference);
        var report = WorkspaceValidation.Run(source);
        var errors = report.Diagnostics.Where(d => d.Severity == Severity.Error).ToArray();
        if (errors.Length > 0)
        {
            throw new PublishException(
                $"the source workspace at {reference} ({source.Commit[..12]}) has {errors.Length} error(s); nothing was published. Fix them and commit (see 'xanolink validate'):\n"
                + string.Join('\n', errors.Take(20).Select(e => "  " + e)));
        }

        if (report.Manifest is not { } manifest || report.Selection is not { } selection || report.Workspace.Manifest is not { } manifestFile || report.Workspace.Info is not { } info)
        {
            throw new PublishException($"the source workspace at {reference} ({source.Commit[..12]}) has no xanolink.json, so it names nothing to publish and no tenants; add one and commit it");
        }

        var manifestBytes = source.Files().First(f => f.Path == manifestFile.Path).ReadAllBytes();
        var snapshot = SnapshotBuilder.Build(report.Workspace, selection);
        return new PublishSource(Path.GetFullPath(workspaceFolder), reference, source.Commit, info, manifest,
            Convert.ToHexStringLower(SHA256.HashData(manifestBytes)), snapshot, CommitSignatures.Author(repository.Repository), CommitSignatures.Committer(repository.Repository))
        {
            CacheFolder = Path.Combine(repository.Repository.Info.Path, "xanolink", "tenants"),
        };
    }
}

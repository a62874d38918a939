using LibGit2Sharp;
using XanoLink.Git.Publish;

namespace XanoLink.Git;

/// <summary>
/// The source's snapshot (its blobs and trees) as one Git pack, made once per run by libgit2's own pack builder in a
/// temporary repository, and copied into each tenant that lacks much of it. Git objects are named by their content, so
/// the same pack serves every tenant; copying it is one file copy where writing each object would be a compressed file
/// per object per tenant (most of a first publish). The copy is never what makes a tenant valid: the pack is placed under
/// a temporary name and renamed, its index last, so a run killed half-way leaves at worst a pack Git ignores, and the
/// tree written from it is checked against the id computed in memory.
/// </summary>
internal sealed class SnapshotPack : IDisposable
{
    /// <summary>Fewer changes than this are written object by object: a pack pays off for a first publish or a large change.</summary>
    public const int Worth = 64;

    private const string TemporaryPrefix = "tmp_pack_xanolink_";

    private readonly PublishSource source;
    private readonly object gate = new();
    private string? folder;
    private (string Pack, string Index)? files;
    private bool failed;

    public SnapshotPack(PublishSource source) => this.source = source;

    /// <summary>The snapshot's tree (without the tenant's workspace.json) in <paramref name="repository"/>, brought by the pack when missing; null when the pack cannot be made.</summary>
    public Tree? Bring(Repository repository)
    {
        var id = new ObjectId(source.SnapshotTree.Id);
        if (!repository.ObjectDatabase.Contains(id))
        {
            if (Files() is not { } made)
            {
                return null;
            }

            var target = Path.Combine(repository.Info.Path, "objects", "pack");
            Directory.CreateDirectory(target);

            // The tenant is locked by this run: a temporary pack file of ours is what a killed run left.
            foreach (var leftover in Directory.EnumerateFiles(target, TemporaryPrefix + "*"))
            {
                File.Delete(leftover);
            }

            Place(made.Pack, target);
            FaultPoints.Reach(FaultPoints.PackPlaced);
            Place(made.Index, target);
        }

        return repository.Lookup<Tree>(id);
    }

    public void Dispose()
    {
        if (folder is not null)
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // A temporary folder left behind costs disk, not correctness; the system's temp cleaning takes it.
            }
        }
    }

    /// <summary>Copies under a temporary name (Git's own tmp_ prefix, which git gc cleans), then renames: never a half file under a pack's name.</summary>
    private static void Place(string file, string target)
    {
        var final = Path.Combine(target, Path.GetFileName(file));
        if (File.Exists(final))
        {
            return;
        }

        var temporary = Path.Combine(target, $"{TemporaryPrefix}{Guid.NewGuid():N}");
        File.Copy(file, temporary);
        try
        {
            File.Move(temporary, final);
        }
        catch (IOException) when (File.Exists(final))
        {
            // Another process placed the same pack (same content, same name) first.
            File.Delete(temporary);
        }
    }

    private (string Pack, string Index)? Files()
    {
        lock (gate)
        {
            if (files is not null || failed || source.Snapshot is null)
            {
                return files;
            }

            try
            {
                folder = Directory.CreateTempSubdirectory("xanolink-pack-").FullName;
                var repositoryPath = Repository.Init(Path.Combine(folder, "objects.git"), isBare: true);
                using (var repository = new Repository(repositoryPath))
                {
                    var tree = TreeWriter.Write(repository, source.Snapshot.Files, source.BlobIds);
                    if (tree.Sha != source.SnapshotTree.Id)
                    {
                        failed = true;
                        return null;
                    }

                    var output = Path.Combine(folder, "pack");
                    Directory.CreateDirectory(output);
                    // One thread and the tree's own order: the same snapshot gives the same pack, under the same name, in every
                    // run, so a pack a killed run placed without its index is completed rather than left beside another.
                    repository.ObjectDatabase.Pack(new PackBuilderOptions(output) { MaximumNumberOfThreads = 1 }, builder => builder.AddRecursively(tree));
                    var pack = Directory.GetFiles(output, "pack-*.pack").Single();
                    files = (pack, Path.ChangeExtension(pack, ".idx"));
                }
            }
            catch (Exception ex) when (ex is LibGit2SharpException or IOException or UnauthorizedAccessException or InvalidOperationException)
            {
                // Without a pack every object is written one by one, as before: slower, never wrong.
                failed = true;
            }

            return files;
        }
    }
}

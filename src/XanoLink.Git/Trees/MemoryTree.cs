using System.Security.Cryptography;
using System.Text;
using LibGit2Sharp;

namespace XanoLink.Git;

/// <summary>
/// A Git tree built in memory from files (path to blob id), with the object id Git would give each of its trees, computed
/// without writing anything. Publish builds the source's snapshot as one of these once per run; each tenant then compares
/// it with its own trees by id (<see cref="TreeCompare"/>), descending only where ids differ, so the work per tenant
/// follows the size of the change, not of the workspace.
/// </summary>
internal sealed class MemoryTree
{
    private readonly Dictionary<string, Node> entries;

    private MemoryTree(Dictionary<string, Node> entries)
    {
        this.entries = entries;
        Id = Hash(entries);
    }

    /// <summary>The tree's object id (hex).</summary>
    public string Id { get; }

    /// <summary>Entries by name: a blob (mode and id) or a subtree.</summary>
    public IReadOnlyDictionary<string, Node> Entries => entries;

    /// <summary>A tree of regular files: path ('/'-separated) to blob id.</summary>
    public static MemoryTree Of(IEnumerable<KeyValuePair<string, string>> files)
    {
        var root = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var (path, id) in files)
        {
            var parts = path.Split('/');
            var folder = root;
            for (var i = 0; i < parts.Length - 1; i++)
            {
                if (!folder.TryGetValue(parts[i], out var child) || child is not Dictionary<string, object> sub)
                {
                    sub = new Dictionary<string, object>(StringComparer.Ordinal);
                    folder[parts[i]] = sub;
                }

                folder = sub;
            }

            folder[parts[^1]] = new RawEntry(Mode.NonExecutableFile, id);
        }

        return Build(root);
    }

    /// <summary>This tree with one top-level file set (a tenant's own workspace.json in its snapshot).</summary>
    public MemoryTree WithFile(string name, string blobId)
    {
        var copy = new Dictionary<string, Node>(entries, StringComparer.Ordinal) { [name] = new Node(new RawEntry(Mode.NonExecutableFile, blobId), null) };
        return new MemoryTree(copy);
    }

    private static MemoryTree Build(Dictionary<string, object> folder)
    {
        var built = new Dictionary<string, Node>(StringComparer.Ordinal);
        foreach (var (name, value) in folder)
        {
            built[name] = value is RawEntry file ? new Node(file, null) : new Node(default, Build((Dictionary<string, object>)value));
        }

        return new MemoryTree(built);
    }

    // Git's tree object: "<mode> <name>\0<20-byte id>" per entry, hashed as "tree <len>\0" + content. Git orders entries
    // by name, a folder's name compared as if it ended in '/' (so "a.json" comes before folder "a").
    private static string Hash(Dictionary<string, Node> entries)
    {
        using var content = new MemoryStream();
        foreach (var (name, node) in entries.OrderBy(e => e.Value.Tree is null ? e.Key : e.Key + "/", StringComparer.Ordinal))
        {
            var mode = node.Tree is null ? ModeText(node.Entry.Mode) : "40000";
            content.Write(Encoding.ASCII.GetBytes(mode + " "));
            content.Write(Encoding.UTF8.GetBytes(name));
            content.WriteByte(0);
            content.Write(Convert.FromHexString(node.Tree?.Id ?? node.Entry.Id));
        }

        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA1);
        sha.AppendData(Encoding.ASCII.GetBytes($"tree {content.Length}\0"));
        sha.AppendData(content.GetBuffer().AsSpan(0, (int)content.Length));
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    private static string ModeText(Mode mode) => mode switch
    {
        Mode.ExecutableFile => "100755",
        Mode.SymbolicLink => "120000",
        Mode.GitLink => "160000",
        _ => "100644",
    };

    /// <summary>An entry: a blob (<see cref="Entry"/>) or a subtree (<see cref="Tree"/>).</summary>
    internal readonly record struct Node(RawEntry Entry, MemoryTree? Tree)
    {
        public string Id => Tree?.Id ?? Entry.Id;
    }
}

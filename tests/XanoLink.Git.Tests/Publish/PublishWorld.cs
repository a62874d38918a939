using System.Text;
using LibGit2Sharp;
using Newtonsoft.Json.Linq;
using XanoLink.Git.Publish;
using XanoLink.Json;
using XanoLink.Merge;
using XanoLink.Testing;

namespace XanoLink.Git.Tests.Publish;

/// <summary>
/// A source repository holding the example workspace at its root, and bare tenant repositories whose live branch
/// (main) holds their own workspace.json. Signatures and dates are fixed through the GIT_* environment.
/// </summary>
internal sealed class PublishWorld : IDisposable
{
    private readonly TempDirectory temp = new("xlpub");

    static PublishWorld()
    {
        Environment.SetEnvironmentVariable("GIT_AUTHOR_NAME", "Test");
        Environment.SetEnvironmentVariable("GIT_AUTHOR_EMAIL", "test@example.com");
        Environment.SetEnvironmentVariable("GIT_AUTHOR_DATE", "2026-01-01T00:00:00Z");
        Environment.SetEnvironmentVariable("GIT_COMMITTER_DATE", "2026-01-01T00:00:00Z");
    }

    public PublishWorld(params string[] tenants)
        : this(tenants.Select(t => (t, (string?)null)).ToArray())
    {
    }

    public PublishWorld((string Name, string? Url)[] tenants)
    {
        Source = temp.Combine("source");
        Directory.CreateDirectory(Source);
        Repository.Init(Source);
        GitTestRepo.Git(Source, "symbolic-ref", "HEAD", "refs/heads/main");
        var example = Path.Combine(RepositoryRoot.Path, "example-source-workspace");
        foreach (var file in Directory.EnumerateFiles(example, "*.json", SearchOption.AllDirectories).Concat(Directory.EnumerateFiles(example, "*.jsonl", SearchOption.AllDirectories)))
        {
            var relative = Path.GetRelativePath(example, file);
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(Source, relative))!);
            File.Copy(file, Path.Combine(Source, relative));
        }

        var manifest = JObject.Parse(File.ReadAllText(Path.Combine(Source, "xanolink.json")));
        manifest["tenants"] = new JArray(tenants.Select(t => new JObject { ["name"] = t.Name, ["repository"] = t.Url ?? $"../tenants/{t.Name}.git" }));
        manifest["publish"] = new JObject { ["branch"] = "link/{source}-{shortSha}", ["merge"] = true, ["setLive"] = false };
        File.WriteAllText(Path.Combine(Source, "xanolink.json"), CanonicalJson.ToText(manifest));
        CommitSource("Initial source");

        foreach (var (name, url) in tenants.Where(t => t.Url is null))
        {
            CreateTenant(TenantPath(name), name);
        }
    }

    public string Source { get; }

    public string Root => temp.Path;

    public string TenantPath(string name) => temp.Combine("tenants", name + ".git");

    public static void CreateTenant(string path, string name)
    {
        Directory.CreateDirectory(path);
        Repository.Init(path, isBare: true);
        GitTestRepo.Git(path, "symbolic-ref", "HEAD", "refs/heads/main");
        using var repo = new Repository(path);
        var info = new JObject { ["guid"] = "ws-" + name, ["name"] = "shop:" + name };
        Commit(repo, "main", "Empty workspace", new Dictionary<string, string?> { ["workspace.json"] = CanonicalJson.ToText(info) });
    }

    /// <summary>A commit on <paramref name="branch"/> of a (bare) repository, made straight in its object database.</summary>
    public static string Commit(Repository repo, string branch, string message, IReadOnlyDictionary<string, string?> files)
    {
        var tip = repo.Branches[branch]?.Tip;
        var tree = tip is null ? new TreeDefinition() : TreeDefinition.From(tip.Tree);
        foreach (var (path, content) in files)
        {
            if (content is null)
            {
                tree.Remove(path);
                continue;
            }

            var blob = repo.ObjectDatabase.CreateBlob(new MemoryStream(Encoding.UTF8.GetBytes(content)));
            tree.Add(path, blob, Mode.NonExecutableFile);
        }

        var commit = repo.ObjectDatabase.CreateCommit(GitTestRepo.Who, GitTestRepo.Who, message + "\n", repo.ObjectDatabase.CreateTree(tree), tip is null ? [] : [tip], prettifyMessage: false);
        repo.Refs.Add("refs/heads/" + branch, commit.Id, "test", allowOverwrite: true);
        return commit.Sha;
    }

    public string CommitSource(string message)
    {
        GitTestRepo.Git(Source, "add", "-A");
        GitTestRepo.Git(Source, "commit", "-q", "--allow-empty", "-m", message);
        return GitTestRepo.Git(Source, "rev-parse", "HEAD").Trim();
    }

    /// <summary>Edits a file of the source folder (commit with <see cref="CommitSource"/>): a JSON object, or any text.</summary>
    public void EditSource(string path, Action<JObject>? edit, Func<string, string>? rawTransform = null)
    {
        var full = Path.Combine(Source, path);
        if (rawTransform is not null)
        {
            File.WriteAllText(full, rawTransform(File.Exists(full) ? File.ReadAllText(full) : ""));
            return;
        }

        var json = JObject.Parse(File.ReadAllText(full));
        edit!(json);
        File.WriteAllText(full, CanonicalJson.ToText(json));
    }

    public void EditManifest(Action<JObject> edit) => EditSource("xanolink.json", edit);

    /// <summary>Deletes the category table from the source, with its records, the reference to it and its manifest entries.</summary>
    public void RemoveCategoryTable()
    {
        File.Delete(Path.Combine(Source, "tables", "category.json"));
        File.Delete(Path.Combine(Source, "tables", "category.records.jsonl"));
        EditSource("tables/product.json", j => ((JObject)((JArray)j["fields"]!).First(f => (string)f["name"]! == "category_id")).Remove("table"));
        EditManifest(m =>
        {
            var tables = (JArray)m["include"]!["tables"]!;
            tables.Remove(tables.First(t => (string)t! == "category"));
            ((JObject)m["records"]!).Remove("category");
        });
    }

    /// <summary>
    /// Renames the category table in the source (same guid): its file and records file, its name, the product table's
    /// reference to it, and its manifest entries (the records setting moves with it).
    /// </summary>
    public void RenameCategoryTable(string from, string to)
    {
        File.Move(Path.Combine(Source, "tables", from + ".json"), Path.Combine(Source, "tables", to + ".json"));
        File.Move(Path.Combine(Source, "tables", from + ".records.jsonl"), Path.Combine(Source, "tables", to + ".records.jsonl"));
        EditSource($"tables/{to}.json", j => j["name"] = to);
        EditSource("tables/product.json", j => ((JArray)j["fields"]!).First(f => (string)f["name"]! == "category_id")["table"] = to);
        EditManifest(m =>
        {
            var tables = (JArray)m["include"]!["tables"]!;
            tables.Remove(tables.First(t => (string)t! == from));
            tables.Add(to);
            var records = (JObject)m["records"]!;
            if (records[from] is { } value)
            {
                records.Remove(from);
                records[to] = value;
            }
        });
    }

    /// <summary>Edits a file of the tenant's live branch (main) in one commit: a JSON object, or raw text.</summary>
    public void EditTenant(string tenant, string path, Action<JObject>? edit, string? create = null, string? rawText = null)
    {
        using var repo = new Repository(TenantPath(tenant));
        if (rawText is not null)
        {
            Commit(repo, "main", "Tenant edits " + path, new Dictionary<string, string?> { [path] = rawText });
            return;
        }

        var blob = repo.Branches["main"].Tip[path]?.Target as Blob;
        var json = JObject.Parse(blob?.GetContentText() ?? create ?? "{}");
        edit!(json);
        Commit(repo, "main", "Tenant edits " + path, new Dictionary<string, string?> { [path] = CanonicalJson.ToText(json) });
    }

    /// <summary>Adds raw entries to the tenant's live branch (main) in one commit: content for files and links, a sha for submodules.</summary>
    public void AddTenantEntries(string tenant, params (string Path, Mode Mode, string Content)[] entries)
    {
        using var repo = new Repository(TenantPath(tenant));
        var tip = repo.Branches["main"].Tip;
        var tree = TreeDefinition.From(tip.Tree);
        foreach (var (path, mode, content) in entries)
        {
            if (mode == Mode.GitLink)
            {
                tree.AddGitLink(path, new ObjectId(content));
                continue;
            }

            var blob = repo.ObjectDatabase.CreateBlob(new MemoryStream(Encoding.UTF8.GetBytes(content)));
            tree.Add(path, blob, mode);
        }

        var commit = repo.ObjectDatabase.CreateCommit(GitTestRepo.Who, GitTestRepo.Who, "Tenant files\n", repo.ObjectDatabase.CreateTree(tree), [tip], prettifyMessage: false);
        repo.Refs.UpdateTarget(repo.Refs["refs/heads/main"], commit.Id);
    }

    /// <summary>"mode type id\tpath" lines of the tenant's branch for the given paths, as git ls-tree prints them.</summary>
    public string TenantEntries(string tenant, string branch, params string[] paths) =>
        GitTestRepo.Git(TenantPath(tenant), ["ls-tree", "-r", branch, "--", .. paths]);

    /// <summary>The paths of the tenant's last snapshot from the example source, workspace.json aside.</summary>
    public IReadOnlyList<string> SnapshotPaths(string tenant) =>
        GitTestRepo.Git(TenantPath(tenant), "ls-tree", "-r", "--name-only", "refs/xanolink/snapshots/" + SourceGuid)
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => p != "workspace.json")
            .ToArray();

    public const string SourceGuid = "ws-shop-source-0c1e";

    /// <summary>The committed manifest of the source.</summary>
    public XanoLink.Manifest.LinkManifest Manifest() => PublishSource.Open(Source).Manifest;

    public string? TenantFile(string tenant, string path, string branch = "main")
    {
        using var repo = new Repository(TenantPath(tenant));
        return (repo.Branches[branch]?.Tip[path]?.Target as Blob)?.GetContentText();
    }

    public PublishReport Publish(bool? merge = null, bool? setLive = null, MergePolicy onConflict = MergePolicy.Fail, bool dryRun = false, bool allowDataLoss = false, string? from = null, params string[] tenants) =>
        Publisher.Run(new PublishRequest(Source, From: from, Tenants: tenants, Merge: merge, SetLive: setLive, OnConflict: onConflict, Parallel: 2, DryRun: dryRun, AllowDataLoss: allowDataLoss));

    /// <summary>Every ref of a repository with its target: two equal snapshots mean nothing moved.</summary>
    public static string Refs(string gitDir) => GitTestRepo.Git(gitDir, "for-each-ref", "--format=%(refname) %(objectname)") + GitTestRepo.Git(gitDir, "symbolic-ref", "HEAD");

    public static int ObjectCount(string gitDir) =>
        Directory.EnumerateFiles(Path.Combine(gitDir, "objects"), "*", SearchOption.AllDirectories).Count();

    public static void Fsck(string gitDir) => GitTestRepo.Git(gitDir, "fsck", "--strict", "--no-progress");

    public void FsckTenants()
    {
        foreach (var dir in Directory.EnumerateDirectories(temp.Combine("tenants")))
        {
            Fsck(dir);
        }
    }

    public void Dispose() => temp.Dispose();
}

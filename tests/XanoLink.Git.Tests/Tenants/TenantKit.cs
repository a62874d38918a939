using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using LibGit2Sharp;
using XanoLink.Git.Tenants;
using XanoLink.Testing;

namespace XanoLink.Git.Tests.Tenants;

/// <summary>
/// A source repository and bare tenant repositories in a temp folder, with fixed signatures and dates, and a stand-in for
/// publish that writes snapshot commits exactly as PUBLISH.md says (so status and adopt-guids are tested on their own).
/// Shared with the CLI tests (linked source file).
/// </summary>
internal sealed class TenantKit : IDisposable
{
    public const string SourceGuid = "ws-source";

    public static readonly DateTimeOffset When = DateTimeOffset.Parse("2026-01-01T00:00:00Z", CultureInfo.InvariantCulture);

    public static readonly Signature Who = new("Test", "test@example.com", When);

    public TenantKit()
    {
        Temp = new TempDirectory("xltenant");
        Source = Temp.Combine("source");
        Repository.Init(Source);
        Git(Source, "symbolic-ref", "HEAD", "refs/heads/main");
    }

    public TempDirectory Temp { get; }

    /// <summary>The source workspace folder (and repository top).</summary>
    public string Source { get; }

    public static Dictionary<string, string?> SourceFiles(string tenants = """[ { "name": "shop:acme", "repository": "../tenants/acme.git" } ]""") => new()
    {
        ["workspace.json"] = $$"""{ "guid": "{{SourceGuid}}", "name": "shop:source" }""" + "\n",
        ["tables/product.json"] = """{ "guid": "t-product", "name": "product", "fields": [ { "name": "id", "type": "int" }, { "name": "price", "type": "decimal" } ] }""" + "\n",
        ["tables/product.records.jsonl"] = "{\"id\":1,\"price\":5}\n{\"id\":2,\"price\":7}\n",
        ["functions/calc.json"] = """{ "guid": "f-calc", "name": "calc", "steps": [] }""" + "\n",
        ["functions/internal.json"] = """{ "guid": "f-internal", "name": "internal", "steps": [] }""" + "\n",
        ["xanolink.json"] = $$"""{ "include": { "tables": ["product"], "functions": ["calc"] }, "records": { "product": "all" }, "tenants": {{tenants}} }""" + "\n",
    };

    /// <summary>Writes the files into the source folder (null deletes), stages all and commits on its branch.</summary>
    public string CommitSource(IReadOnlyDictionary<string, string?> files, string message = "source", int minutes = 0)
    {
        foreach (var (relative, content) in files)
        {
            var full = Path.Combine([Source, .. relative.Split('/')]);
            if (content is null)
            {
                File.Delete(full);
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, content);
        }

        using var repo = new Repository(Source);
        Commands.Stage(repo, "*");
        var who = At(minutes);
        return repo.Commit(message, who, who, new CommitOptions { AllowEmptyCommit = true }).Sha;
    }

    /// <summary>A bare tenant repository at tenants/NAME.git whose main (HEAD) holds the files.</summary>
    public string CreateTenant(string shortName, IReadOnlyDictionary<string, string> files)
    {
        var path = Temp.Combine("tenants", shortName + ".git");
        Repository.Init(path, isBare: true);
        Git(path, "symbolic-ref", "HEAD", "refs/heads/main");
        using var repo = new Repository(path);
        var commit = CommitTree(repo, "tenant start", Tree(repo, null, files.ToDictionary(kv => kv.Key, kv => (string?)kv.Value)), []);
        repo.Refs.Add("refs/heads/main", commit.Id);
        return path;
    }

    /// <summary>Changes files on a branch of a bare repository (null deletes); returns the new tip.</summary>
    public static string CommitTo(string repository, string branch, IReadOnlyDictionary<string, string?> files, string message = "edit", int minutes = 1)
    {
        using var repo = new Repository(repository);
        var tip = repo.Branches[branch].Tip;
        var commit = CommitTree(repo, message, Tree(repo, tip.Tree, files), [tip], minutes);
        repo.Refs.UpdateTarget(repo.Refs["refs/heads/" + branch], commit.Id);
        return commit.Sha;
    }

    /// <summary>
    /// What publish does (PUBLISH.md) for the source's live branch: a snapshot commit on a new branch with the trailers and
    /// the snapshot ref; with <paramref name="intoLive"/>, the tenant's live branch also takes the snapshot's files.
    /// </summary>
    public string Publish(string tenant, string tenantName, string branch, bool intoLive = true, int minutes = 5)
    {
        var source = XanoLink.Git.Publish.PublishSource.Open(Source);
        var snapshot = source.Snapshot!;
        var manifest = File.ReadAllBytes(Path.Combine(Source, "xanolink.json"));
        using var repo = new Repository(tenant);
        var live = repo.Branches["main"].Tip;
        var previous = repo.Refs[PublishedSnapshot.RefPrefix + SourceGuid]?.ResolveToDirectReference()?.Target as Commit;
        var files = snapshot.Files.ToDictionary(kv => kv.Key, kv => (string?)Encoding.UTF8.GetString(kv.Value));
        files["workspace.json"] = ((Blob)live["workspace.json"].Target).GetContentText();
        var message = $"""
            Publish shop:source {source.Commit![..7]} to {tenantName}

            XanoLink-Source: shop:source
            XanoLink-Source-Guid: {SourceGuid}
            XanoLink-Source-Commit: {source.Commit}
            XanoLink-Source-Ref: main
            XanoLink-Manifest: {Convert.ToHexStringLower(SHA256.HashData(manifest))}
            XanoLink-Branch: {branch}
            XanoLink-Tenant: {tenantName}

            """;
        var commit = CommitTree(repo, message, Tree(repo, null, files), previous is null ? [] : [previous], minutes);
        repo.Refs.Add("refs/heads/" + branch, commit.Id);
        if (intoLive)
        {
            var merged = CommitTree(repo, $"Merge {branch}", Tree(repo, live.Tree, files.Where(kv => kv.Key != "workspace.json").ToDictionary()), [live, commit], minutes);
            repo.Refs.UpdateTarget(repo.Refs["refs/heads/main"], merged.Id);
        }

        repo.Refs.Add(PublishedSnapshot.RefPrefix + SourceGuid, commit.Id, allowOverwrite: true);
        return commit.Sha;
    }

    public static string Git(string directory, params string[] args) => XanoLink.Testing.GitCli.Run(directory, args);

    public void Dispose() => Temp.Dispose();

    private static Signature At(int minutes) => new(Who.Name, Who.Email, When.AddMinutes(minutes));

    private static Tree Tree(Repository repo, Tree? basis, IReadOnlyDictionary<string, string?> files)
    {
        var definition = basis is null ? new TreeDefinition() : TreeDefinition.From(basis);
        foreach (var (path, content) in files)
        {
            if (content is null)
            {
                definition.Remove(path);
                continue;
            }

            definition.Add(path, repo.ObjectDatabase.CreateBlob(new MemoryStream(Encoding.UTF8.GetBytes(content))), Mode.NonExecutableFile);
        }

        return repo.ObjectDatabase.CreateTree(definition);
    }

    private static Commit CommitTree(Repository repo, string message, Tree tree, IEnumerable<Commit> parents, int minutes = 0) =>
        repo.ObjectDatabase.CreateCommit(At(minutes), At(minutes), message, tree, parents, prettifyMessage: false);
}

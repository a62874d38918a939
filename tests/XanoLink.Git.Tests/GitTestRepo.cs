using System.Diagnostics;
using LibGit2Sharp;
using XanoLink.Testing;

namespace XanoLink.Git.Tests;

/// <summary>A real temporary repository with fixed signatures and dates, and the git command line to check what we wrote.</summary>
internal sealed class GitTestRepo : IDisposable
{
    public static readonly Signature Who = new("Test", "test@example.com", DateTimeOffset.Parse("2026-01-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture));

    private readonly TempDirectory temp;

    private GitTestRepo(TempDirectory temp, string path, bool bare)
    {
        this.temp = temp;
        Path = path;
        Repository.Init(path, bare);

        // An unborn repository's HEAD is refs/heads/master unless told otherwise: make it main.
        Git(path, "symbolic-ref", "HEAD", "refs/heads/main");
    }

    public string Path { get; }

    public TempDirectory Temp => temp;

    public static GitTestRepo Create(bool bare = false)
    {
        var temp = new TempDirectory("xlgit");
        return new GitTestRepo(temp, temp.Combine(bare ? "repo.git" : "repo"), bare);
    }

    /// <summary>Writes the files (null deletes), stages everything and commits on the checked-out branch with the fixed signature.</summary>
    public string Commit(string message, IReadOnlyDictionary<string, string?> files, DateTimeOffset? when = null)
    {
        foreach (var (relative, content) in files)
        {
            var full = System.IO.Path.Combine([Path, .. relative.Split('/')]);
            if (content is null)
            {
                File.Delete(full);
                continue;
            }

            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
            File.WriteAllText(full, content);
        }

        using var repo = new Repository(Path);
        Commands.Stage(repo, "*");
        var signature = when is null ? Who : new Signature(Who.Name, Who.Email, when.Value);
        return repo.Commit(message, signature, signature, new CommitOptions { AllowEmptyCommit = true }).Sha;
    }

    public void Checkout(string branch)
    {
        using var repo = new Repository(Path);
        Commands.Checkout(repo, branch);
    }

    public void Branch(string name, string? from = null)
    {
        using var repo = new Repository(Path);
        repo.Branches.Add(name, from is null ? repo.Head.Tip : repo.Lookup<Commit>(from));
    }

    /// <summary>Runs the git command line in <paramref name="directory"/>, ignoring the user's and system's configuration; fails on a non-zero exit.</summary>
    public static string Git(string directory, params string[] args)
    {
        var (code, output, error) = TryGit(directory, args);
        Assert.True(code == 0, $"git {string.Join(' ', args)} exited {code}: {error}");
        return output;
    }

    public static (int Code, string Out, string Error) TryGit(string directory, params string[] args) => GitCli.TryRun(directory, args);

    public void Dispose() => temp.Dispose();
}

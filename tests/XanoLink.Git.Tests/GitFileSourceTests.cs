using LibGit2Sharp;
using XanoLink.Files;

namespace XanoLink.Git.Tests;

public sealed class GitFileSourceTests
{
    private static readonly Dictionary<string, string?> Version1 = new()
    {
        ["workspace.json"] = "{ \"guid\": \"ws1\", \"name\": \"shop\" }\n",
        ["tables/product.json"] = "{ \"guid\": \"t1\", \"name\": \"product\", \"fields\": [] }\n",
        ["functions/billing/calc_total.json"] = "{ \"guid\": \"f1\", \"name\": \"billing/calc_total\" }\n",
        ["apis/orders/api-group.json"] = "{ \"guid\": \"g1\", \"name\": \"orders\" }\n",
    };

    [Fact]
    public void A_workspace_read_at_two_refs_has_each_refs_files_and_the_blob_ids_a_checkout_gives()
    {
        using var repo = GitTestRepo.Create();
        repo.Commit("first", Version1);
        repo.Branch("v1");
        repo.Commit("second", new Dictionary<string, string?>
        {
            ["tables/product.json"] = "{ \"guid\": \"t1\", \"name\": \"product\", \"fields\": [ { \"name\": \"id\" } ] }\n",
            ["functions/billing/calc_total.json"] = null,
            ["tables/category.json"] = "{ \"guid\": \"t2\", \"name\": \"category\" }\n",
        });

        using var workspace = WorkspaceRepository.Open(repo.Path);
        foreach (var reference in new[] { "v1", "main" })
        {
            var fromGit = workspace.Source(reference).Files();
            repo.Checkout(reference);
            var fromDisk = new FolderFileSource(repo.Path).Files();
            Assert.Equal(Listing(fromDisk), Listing(fromGit));
            Assert.Equal(fromDisk.Select(f => f.ReadAllBytes()), fromGit.Select(f => f.ReadAllBytes()));
        }

        Assert.Equal(
            ["apis/orders/api-group.json", "functions/billing/calc_total.json", "tables/product.json", "workspace.json"],
            workspace.Source("main~1").Files().Select(f => f.Path));
    }

    [Fact]
    public void A_workspace_in_a_subfolder_lists_only_its_files_relative_to_it()
    {
        using var repo = GitTestRepo.Create();
        var files = new Dictionary<string, string?> { ["README.md"] = "# monorepo\n", ["src/app.cs"] = "class A {}\n" };
        foreach (var (path, content) in Version1)
        {
            files["example-source-workspace/" + path] = content;
        }

        repo.Commit("monorepo", files);
        using var workspace = WorkspaceRepository.Open(Path.Combine(repo.Path, "example-source-workspace"));

        Assert.Equal("example-source-workspace", workspace.Subfolder);
        var source = workspace.Source("HEAD");
        Assert.Equal("HEAD:example-source-workspace", source.Description);
        var fromDisk = new FolderFileSource(Path.Combine(repo.Path, "example-source-workspace")).Files();
        Assert.Equal(Listing(fromDisk), Listing(source.Files()));
    }

    [Fact]
    public void Tags_full_and_short_shas_and_HEAD_expressions_name_the_same_commit()
    {
        using var repo = GitTestRepo.Create();
        var first = repo.Commit("first", Version1);
        GitTestRepo.Git(repo.Path, "tag", "-a", "release-1", "-m", "release 1");
        repo.Commit("second", new Dictionary<string, string?> { ["tables/category.json"] = "{}\n" });

        using var workspace = WorkspaceRepository.Open(repo.Path);
        foreach (var reference in new[] { "release-1", first, first[..8], "HEAD~1", "main~1", "main^" })
        {
            Assert.Equal(first, workspace.ResolveCommit(reference).Sha);
        }
    }

    [Fact]
    public void A_ref_that_does_not_exist_is_named_with_the_branches_there_are()
    {
        using var repo = GitTestRepo.Create();
        repo.Commit("first", Version1);
        repo.Branch("dev");
        using var workspace = WorkspaceRepository.Open(repo.Path);

        var error = Assert.Throws<GitWorkspaceException>(() => workspace.Source("feature"));

        Assert.Equal(GitProblem.RefNotFound, error.Problem);
        Assert.Equal($"no branch, tag or commit 'feature' in {repo.Path}; branches: dev, main", error.Message);
    }

    [Fact]
    public void Nothing_is_read_until_asked_and_a_link_out_of_the_workspace_is_reported_not_followed()
    {
        using var repo = GitTestRepo.Create();
        repo.Commit("first", new Dictionary<string, string?> { ["secret.txt"] = "outside\n", ["ws/workspace.json"] = "{}\n", ["ws/tables/a.json"] = "{ \"a\": 1 }\n" });
        File.CreateSymbolicLink(Path.Combine(repo.Path, "ws", "tables", "escape.json"), "../../secret.txt");
        File.CreateSymbolicLink(Path.Combine(repo.Path, "ws", "tables", "b.json"), "a.json");
        repo.Commit("links", new Dictionary<string, string?>());

        using var workspace = WorkspaceRepository.Open(Path.Combine(repo.Path, "ws"));
        var files = workspace.Source("main").Files().ToDictionary(f => f.Path);

        Assert.Equal("../../secret.txt", files["tables/escape.json"].LinkProblem);
        Assert.Empty(files["tables/escape.json"].ReadAllBytes());
        Assert.Null(files["tables/b.json"].LinkProblem);
        Assert.Equal(files["tables/a.json"].BlobId, files["tables/b.json"].BlobId);
        Assert.Equal("{ \"a\": 1 }\n"u8.ToArray(), files["tables/b.json"].ReadAllBytes());
        Assert.Equal(11, files["tables/a.json"].Size);
    }

    [Theory]
    [InlineData("tables/x.json", "../y.json", "y.json")]
    [InlineData("tables/x.json", "./z/../y.json", "tables/y.json")]
    [InlineData("x.json", "../y.json", null)]
    [InlineData("tables/x.json", "/etc/passwd", null)]
    [InlineData("tables/x.json", "../../y.json", null)]
    public void A_link_target_resolves_inside_the_workspace_or_not_at_all(string link, string target, string? expected) =>
        Assert.Equal(expected, GitFileSource.Resolve(link, target));

    [Fact]
    public void A_workspace_folder_missing_at_a_ref_is_a_clear_error()
    {
        using var repo = GitTestRepo.Create();
        repo.Commit("first", new Dictionary<string, string?> { ["README.md"] = "x\n" });
        repo.Branch("old");
        repo.Commit("second", new Dictionary<string, string?> { ["ws/workspace.json"] = "{}\n" });
        using var workspace = WorkspaceRepository.Open(Path.Combine(repo.Path, "ws"));

        var error = Assert.Throws<GitWorkspaceException>(() => workspace.Source("old"));

        Assert.StartsWith("the workspace folder 'ws' does not exist at old (", error.Message, StringComparison.Ordinal);
    }

    private static string[] Listing(IReadOnlyList<SourceFile> files) => files.Select(f => $"{f.Path} {f.BlobId} {f.Size}").ToArray();
}

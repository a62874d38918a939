using XanoLink.Diff;
using XanoLink.Diff.Formatting;
using XanoLink.Files;

namespace XanoLink.Git.Tests;

public sealed class GitChangedFilesTests
{
    private static readonly Dictionary<string, string?> Before = new()
    {
        ["workspace.json"] = "{ \"guid\": \"ws1\", \"name\": \"shop\" }\n",
        ["xanolink.json"] = "{ \"include\": [ \"api:orders/*\" ] }\n",
        ["tables/product.json"] = "{ \"guid\": \"t1\", \"name\": \"product\", \"fields\": [ { \"name\": \"id\", \"type\": \"int\" } ] }\n",
        ["tables/customer.json"] = "{ \"guid\": \"t2\", \"name\": \"customer\", \"fields\": [ { \"name\": \"id\", \"type\": \"int\" } ] }\n",
        ["functions/billing/calc_total.json"] = "{ \"guid\": \"f1\", \"name\": \"billing/calc_total\", \"steps\": [] }\n",
        ["functions/billing/refund.json"] = "{ \"guid\": \"f2\", \"name\": \"billing/refund\", \"steps\": [] }\n",
        ["apis/orders/api-group.json"] = "{ \"guid\": \"g1\", \"name\": \"orders\" }\n",
        ["apis/orders/list.json"] = "{ \"guid\": \"a1\", \"name\": \"orders/list\", \"verb\": \"GET\", \"path\": \"/list\", \"steps\": [] }\n",
    };

    private static readonly Dictionary<string, string?> After = new()
    {
        // modified
        ["tables/product.json"] = "{ \"guid\": \"t1\", \"name\": \"product\", \"fields\": [ { \"name\": \"id\", \"type\": \"int\" }, { \"name\": \"price\", \"type\": \"decimal\" } ] }\n",
        // renamed (same guid, new name and path)
        ["functions/billing/calc_total.json"] = null,
        ["functions/billing/compute_total.json"] = "{ \"guid\": \"f1\", \"name\": \"billing/compute_total\", \"steps\": [] }\n",
        // deleted
        ["functions/billing/refund.json"] = null,
        // added
        ["tables/invoice.json"] = "{ \"guid\": \"t3\", \"name\": \"invoice\", \"fields\": [ { \"name\": \"id\", \"type\": \"int\" } ] }\n",
        // the manifest's properties
        ["xanolink.json"] = "{ \"include\": [ \"api:orders/*\", \"table:invoice\" ] }\n",
    };

    [Theory]
    [InlineData("", 1024)]
    [InlineData("ws", 1024)]
    [InlineData("", 0)]
    [InlineData("ws", 0)]
    public void Two_commits_compared_by_tree_diff_give_the_report_of_the_full_listings(string subfolder, int managedTreeSize)
    {
        using var repo = GitTestRepo.Create();
        repo.Commit("first", Under(subfolder, Before));
        repo.Branch("v1");
        repo.Commit("second", Under(subfolder, After));
        using var workspace = WorkspaceRepository.Open(Path.Combine(repo.Path, subfolder));

        // A managed tree size of 0 sends every folder to libgit2's diff; 1024 walks these small ones here.
        var left = new GitFileSource(workspace.Repository, workspace.ResolveCommit("v1"), subfolder, "v1") { ManagedTreeSize = managedTreeSize };
        var right = workspace.Source("main");
        var fast = WorkspaceDiff.Compare(left, right);
        var full = WorkspaceDiff.Compare(new ListingOnly(workspace.Source("v1")), new ListingOnly(workspace.Source("main")));

        Assert.Equal(DiffFormats.Format("json", full), DiffFormats.Format("json", fast));
        Assert.Equal(DiffFormats.Format("text", full), DiffFormats.Format("text", fast));
        Assert.Equal(
            ["Added table:invoice", "Deleted function:billing/refund", "Modified manifest", "Modified table:product", "Renamed function:billing/compute_total"],
            fast.Items.Select(i => $"{i.Status} {i.Key}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_tree_diff_names_only_the_changed_files()
    {
        using var repo = GitTestRepo.Create();
        repo.Commit("first", Before);
        repo.Branch("v1");
        repo.Commit("second", After);
        using var workspace = WorkspaceRepository.Open(repo.Path);

        var candidates = workspace.Source("v1").ChangedAgainst(workspace.Source("main"));

        Assert.NotNull(candidates);
        Assert.Equal(
            ["functions/billing/calc_total.json", "functions/billing/refund.json", "tables/product.json", "xanolink.json"],
            candidates.Left.Select(f => f.Path));
        Assert.Equal(
            ["functions/billing/compute_total.json", "tables/invoice.json", "tables/product.json", "xanolink.json"],
            candidates.Right.Select(f => f.Path));
    }

    [Fact]
    public void A_folder_on_the_other_side_takes_the_full_listings()
    {
        using var repo = GitTestRepo.Create();
        repo.Commit("first", Before);
        using var workspace = WorkspaceRepository.Open(repo.Path);

        Assert.Null(workspace.Source("main").ChangedAgainst(new FolderFileSource(repo.Path)));
    }

    private static Dictionary<string, string?> Under(string subfolder, Dictionary<string, string?> files) =>
        files.ToDictionary(f => subfolder.Length == 0 ? f.Key : $"{subfolder}/{f.Key}", f => f.Value, StringComparer.Ordinal);

    /// <summary>The same files without the tree-diff capability: what WorkspaceDiff does for any other source.</summary>
    private sealed class ListingOnly(IFileSource inner) : IFileSource
    {
        public string Description => inner.Description;

        public IReadOnlyList<SourceFile> Files() => inner.Files();
    }
}

using LibGit2Sharp;
using XanoLink.Merge;

namespace XanoLink.Git.Tests.Tenants;

public sealed class BranchMergeTests
{
    private const string Info = "{\n  \"guid\": \"ws\",\n  \"name\": \"shop\"\n}\n";

    [Fact]
    public void Edits_to_different_objects_on_both_branches_give_a_merge_commit_with_two_parents()
    {
        using var kit = new TenantKit();
        var bare = Start(kit);
        var dev = Branch(bare, "dev", "main");
        var devTip = TenantKit.CommitTo(bare, "dev", new Dictionary<string, string?> { ["functions/calc.json"] = Function("calc", "dev") });
        var mainTip = TenantKit.CommitTo(bare, "main", new Dictionary<string, string?> { ["tables/product.json"] = Table("product", "main") }, minutes: 2);
        Assert.Equal(dev, TenantKit.Git(bare, "merge-base", "main", "dev").Trim());
        using var repository = WorkspaceRepository.Open(bare);

        var result = BranchMerge.Run(repository, "dev");

        Assert.Equal((BranchMergeStatus.Merged, "main"), (result.Status, result.Into));
        Assert.Equal($"{mainTip} {devTip}\n", TenantKit.Git(bare, "log", "-1", "--format=%P", "main"));
        Assert.Equal("Merge branch 'dev' into main\n", TenantKit.Git(bare, "log", "-1", "--format=%B", "main").TrimEnd('\n') + "\n");
        Assert.Equal(Function("calc", "dev"), TenantKit.Git(bare, "show", "main:functions/calc.json"));
        Assert.Equal(Table("product", "main"), TenantKit.Git(bare, "show", "main:tables/product.json"));
        TenantKit.Git(bare, "fsck", "--strict");
    }

    [Fact]
    public void Into_an_ancestor_is_a_fast_forward_and_merging_again_changes_nothing()
    {
        using var kit = new TenantKit();
        var bare = Start(kit);
        Branch(bare, "dev", "main");
        var devTip = TenantKit.CommitTo(bare, "dev", new Dictionary<string, string?> { ["functions/calc.json"] = Function("calc", "dev") });
        using var repository = WorkspaceRepository.Open(bare);

        var first = BranchMerge.Run(repository, "dev", "main");
        var again = BranchMerge.Run(repository, "dev", "main");

        Assert.Equal((BranchMergeStatus.FastForward, devTip), (first.Status, first.Commit));
        Assert.Equal((BranchMergeStatus.UpToDate, devTip), (again.Status, again.Commit));
        Assert.Equal(devTip, TenantKit.Git(bare, "rev-parse", "main").Trim());
    }

    [Fact]
    public void A_conflict_writes_nothing_unless_a_policy_settles_it()
    {
        using var kit = new TenantKit();
        var bare = Start(kit);
        Branch(bare, "dev", "main");
        TenantKit.CommitTo(bare, "dev", new Dictionary<string, string?> { ["functions/calc.json"] = Function("calc", "dev") });
        var mainTip = TenantKit.CommitTo(bare, "main", new Dictionary<string, string?> { ["functions/calc.json"] = Function("calc", "main") }, minutes: 2);
        var objects = TenantKit.Git(bare, "count-objects", "-v");
        using var repository = WorkspaceRepository.Open(bare);

        var failed = BranchMerge.Run(repository, "dev");

        Assert.Equal(BranchMergeStatus.Conflict, failed.Status);
        Assert.Equal("function:calc description: changed differently on both sides (ours \"main\", theirs \"dev\")", Assert.Single(failed.Conflicts).ToString());
        Assert.Equal(mainTip, TenantKit.Git(bare, "rev-parse", "main").Trim());
        Assert.Equal(objects, TenantKit.Git(bare, "count-objects", "-v"));

        var theirs = BranchMerge.Run(repository, "dev", policy: MergePolicy.Theirs);

        Assert.Equal(BranchMergeStatus.Merged, theirs.Status);
        Assert.Equal(Function("calc", "dev"), TenantKit.Git(bare, "show", "main:functions/calc.json"));
    }

    [Fact]
    public void The_checked_out_branch_of_a_work_tree_is_refused()
    {
        using var kit = new TenantKit();
        kit.CommitSource(new Dictionary<string, string?> { ["workspace.json"] = Info });
        Branch(kit.Source, "dev", "main");
        TenantKit.CommitTo(kit.Source, "dev", new Dictionary<string, string?> { ["functions/calc.json"] = Function("calc", "dev") });
        using var repository = WorkspaceRepository.Open(kit.Source);

        var error = Assert.Throws<GitWorkspaceException>(() => BranchMerge.Run(repository, "dev", "main"));

        Assert.Equal($"main is checked out in {kit.Source}; use git merge with xanolink git-setup, or check out another branch", error.Message);
    }

    [Fact]
    public void In_a_monorepo_only_the_workspace_folder_is_merged_item_by_item_and_outside_changes_of_one_side_are_kept()
    {
        using var kit = new TenantKit();
        var bare = kit.CreateTenant("mono", new Dictionary<string, string>
        {
            ["README.md"] = "readme\n",
            ["ws/workspace.json"] = Info,
            ["ws/functions/calc.json"] = Function("calc", "start"),
            ["ws/tables/product.json"] = Table("product", "start"),
        });
        Branch(bare, "dev", "main");
        TenantKit.CommitTo(bare, "dev", new Dictionary<string, string?> { ["ws/functions/calc.json"] = Function("calc", "dev"), ["README.md"] = "readme from dev\n" });
        TenantKit.CommitTo(bare, "main", new Dictionary<string, string?> { ["ws/tables/product.json"] = Table("product", "main") }, minutes: 2);
        // A bare repository's workspace is its top: the monorepo workspace is opened through a work tree with dev checked out.
        var work = kit.Temp.Combine("work");
        TenantKit.Git(kit.Temp.Path, "clone", "-q", "-b", "dev", bare, work);
        TenantKit.Git(work, "branch", "main", "origin/main");
        using var mono = WorkspaceRepository.Open(Path.Combine(work, "ws"));

        var result = BranchMerge.Run(mono, "dev", "main");

        Assert.Equal(BranchMergeStatus.Merged, result.Status);
        Assert.Equal("readme from dev\n", TenantKit.Git(work, "show", "main:README.md"));
        Assert.Equal(Function("calc", "dev"), TenantKit.Git(work, "show", "main:ws/functions/calc.json"));
        Assert.Equal(Table("product", "main"), TenantKit.Git(work, "show", "main:ws/tables/product.json"));
        TenantKit.Git(work, "fsck", "--strict");
    }

    private static string Start(TenantKit kit) => kit.CreateTenant("ws", new Dictionary<string, string>
    {
        ["workspace.json"] = Info,
        ["functions/calc.json"] = Function("calc", "start"),
        ["tables/product.json"] = Table("product", "start"),
    });

    private static string Branch(string repository, string name, string from)
    {
        using var repo = new Repository(repository);
        return repo.Branches.Add(name, repo.Branches[from].Tip).Tip.Sha;
    }

    private static string Function(string name, string description) =>
        $"{{\n  \"guid\": \"f-{name}\",\n  \"name\": \"{name}\",\n  \"description\": \"{description}\",\n  \"steps\": []\n}}\n";

    private static string Table(string name, string description) =>
        $"{{\n  \"guid\": \"t-{name}\",\n  \"name\": \"{name}\",\n  \"description\": \"{description}\",\n  \"fields\": [\n    {{\n      \"name\": \"id\",\n      \"type\": \"int\"\n    }}\n  ]\n}}\n";
}
